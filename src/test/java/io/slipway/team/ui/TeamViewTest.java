package io.slipway.team.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.KaribuSession;
import io.slipway.SlipwayTest;
import io.slipway.installation.InstallationService;
import io.slipway.plan.Allocation;
import io.slipway.security.Accounts;
import io.slipway.team.MemberNotFound;
import io.slipway.team.TeamMembers;
import io.slipway.team.Teams;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@SlipwayTest
class TeamViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TeamMembers members;

    @Autowired
    Teams teams;

    @Autowired
    Accounts accounts;

    @Autowired
    InstallationService installations;

    @AfterEach
    void closeUi() {
        KaribuSession.close();
    }

    @Test
    void showsAdminsTheMembersWithTheirAllocationsAndActions() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member bob = fixtures.newMember(admin.team(), new Allocation(2000, 4096, 20));
        installations.install(bob.userId(), "lightstreamer", lightstreamer("bobs", 25));

        TeamView view = open(admin, "team");

        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(_getFormatted(view.grid, 0, "name")).isEqualTo(admin.username() + " (you)");
        assertThat(_getFormatted(view.grid, 1, "role")).isEqualTo("Member");
        assertThat(_getFormatted(view.grid, 1, "cpu")).isEqualTo("2 cores");
        assertThat(_getFormatted(view.grid, 1, "memory")).isEqualTo("4096 MiB");
        assertThat(_getFormatted(view.grid, 1, "storage")).isEqualTo("20 GiB");
        assertThat(_getFormatted(view.grid, 1, "used")).isEqualTo("25 %");
        assertThat(view.addMember).isNotNull();
        assertThat(view.grid.getColumnByKey(MemberGrid.ACTIONS)).isNotNull();
        assertThat(_get(PoolSummary.class).getElement().getTextRecursively())
                .contains("CPU: 6 cores of 8 cores allocated, 2 cores free");
    }

    @Test
    void showsMembersTheTeamReadOnly() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member bob = fixtures.newMember(admin.team(), new Allocation(2000, 4096, 20));

        TeamView view = open(bob, "team");

        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(view.grid.getColumnByKey(MemberGrid.ACTIONS)).isNull();
        assertThat(view.addMember).isNull();
        _assertNone(Button.class, spec -> spec.withText("Add member"));
        assertThat(_find(Button.class, spec -> spec.withText("Allocation…"))).isEmpty();
        assertThat(_get(
                                com.vaadin.flow.component.html.Paragraph.class,
                                spec -> spec.withClasses("slipway-read-only-note"))
                        .getText())
                .contains(admin.username());
    }

    @Test
    void changesAnAllocationInTheDialogAndRefusesOneAbovePoolAtTheField() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        fixtures.newMember(admin.team(), new Allocation(2000, 4096, 20));
        TeamView view = open(admin, "team");

        _click(button(view, 1, "Allocation…"));
        AllocationDialog dialog = _get(AllocationDialog.class);
        _setValue(dialog.fields.cpu, "4.5");

        assertThat(dialog.fields.cpu.isInvalid()).isTrue();
        assertThat(dialog.fields.cpu.getErrorMessage()).contains("at most 4 cores is free");
        assertThat(dialog.save.isEnabled()).isFalse();

        _setValue(dialog.fields.cpu, "1500m");
        _setValue(dialog.fields.memory, "2 GiB");
        _click(dialog.save);

        assertThat(_getFormatted(view.grid, 1, "cpu")).isEqualTo("1500 m");
        assertThat(_getFormatted(view.grid, 1, "memory")).isEqualTo("2048 MiB");
        _assertNone(AllocationDialog.class);
    }

    @Test
    void refusesStorageOnTheFreePlanAtTheField() {
        Member carol = fixtures.newAdmin("Free", new Allocation(1000, 2048, 0));
        TeamView view = open(carol, "team");

        _click(button(view, 0, "Allocation…"));
        AllocationDialog dialog = _get(AllocationDialog.class);
        _setValue(dialog.fields.storage, "5");

        assertThat(dialog.fields.storage.getErrorMessage())
                .isEqualTo("The Free plan has no volume storage; leave storage at 0");
        assertThat(dialog.save.isEnabled()).isFalse();
    }

    @Test
    void namesTheAppsThatWouldDropBelowTheMinimum() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        installations.install(admin.userId(), "lightstreamer", lightstreamer("tiny", 2));
        TeamView view = open(admin, "team");

        _click(button(view, 0, "Allocation…"));
        AllocationDialog dialog = _get(AllocationDialog.class);
        _setValue(dialog.fields.cpu, "1");
        _click(dialog.save);

        assertThat(dialog.fields.cpu.getErrorMessage()).startsWith("Too little for tiny (2 %)");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_getFormatted(view.grid, 0, "cpu")).isEqualTo("4 cores");
    }

    @Test
    void addsANewAccountAndShowsItsOneTimePasswordOnce() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        String username = "fresh" + System.nanoTime() % 100000;
        TeamView view = open(admin, "team");

        _click(view.addMember);
        AddMemberDialog dialog = _get(AddMemberDialog.class);
        _setValue(dialog.username, username);
        _setValue(dialog.allocation.cpu, "1");
        _click(dialog.add);

        OneTimePasswordDialog shown = _get(OneTimePasswordDialog.class);
        assertThat(shown.password.getText()).hasSize(16);
        assertThat(accounts.mustChangePassword(accounts.idOf(username).orElseThrow()))
                .isTrue();
        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(_getFormatted(view.grid, 1, "cpu")).isEqualTo("1 core");
    }

    @Test
    void refusesToAddAUserOfAnotherTeamLikeAnUnknownOne() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member stranger = fixtures.newAdmin("Free", new Allocation(1000, 2048, 0));
        TeamView view = open(admin, "team");

        _click(view.addMember);
        AddMemberDialog dialog = _get(AddMemberDialog.class);
        _setValue(dialog.kind, AddMemberDialog.EXISTING_USER);
        _setValue(dialog.username, stranger.username());
        _click(dialog.add);

        assertThat(dialog.username.getErrorMessage())
                .isEqualTo("There is no user named " + stranger.username()
                        + " without a team; check the name, or create a new account");
        assertThat(_size(view.grid)).isEqualTo(1);
    }

    @Test
    void refusesToRemoveAMemberWhoOwnsAppsAndListsThem() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member bob = fixtures.newMember(admin.team(), new Allocation(2000, 4096, 20));
        installations.install(bob.userId(), "lightstreamer", lightstreamer("keeper", 10));
        TeamView view = open(admin, "team");

        _click(button(view, 1, "Remove"));
        RemoveMemberDialog dialog = _get(RemoveMemberDialog.class);
        _click(dialog.remove);

        assertThat(dialog.formError.getText()).contains("still owns apps: keeper");
        assertThat(members.members(admin.userId())).hasSize(2);
    }

    @Test
    void answersForeignMissingAndMalformedMemberIdsInTheUrlAlike() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member other = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));

        for (String id :
                new String[] {other.userId().toString(), UUID.randomUUID().toString(), "not-an-id"}) {
            TeamView view = open(admin, "team/" + id);

            assertThat(view.notice.isVisible()).as(id).isTrue();
            assertThat(view.notice.getText()).as(id).isEqualTo(MemberNotFound.MESSAGE);
            _assertNone(AllocationDialog.class);
            KaribuSession.close();
        }
    }

    @Test
    void opensTheAllocationEditorFromTheUrlForAdminsOnly() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member bob = fixtures.newMember(admin.team(), new Allocation(2000, 4096, 20));

        open(admin, "team/" + bob.userId());
        assertThat(_get(AllocationDialog.class).fields.cpu.getValue()).isEqualTo("2");
        KaribuSession.close();

        open(bob, "team/" + admin.userId());
        _assertNone(AllocationDialog.class);
    }

    @Test
    void deletesTheTeamAfterItsNameIsTypedAndLeavesTheAdminWithoutATeam() {
        Member admin = fixtures.newAdmin("Free", new Allocation(1000, 2048, 0));
        TeamView view = open(admin, "team");

        _click(view.deleteTeam);
        DeleteTeamDialog dialog = _get(DeleteTeamDialog.class);
        assertThat(dialog.delete.isEnabled()).isFalse();
        _setValue(dialog.confirmation, admin.team().name());
        _click(dialog.delete);

        _assertNone(DeleteTeamDialog.class);
        assertThat(view.getElement().getTextRecursively()).contains("You are not a member of a team.");
        assertThat(teams.memberOf(admin.userId())).isEmpty();
    }

    @Test
    void refusesToDeleteATeamWithAppsAndNamesThemInTheDialog() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        installations.install(admin.userId(), "lightstreamer", lightstreamer("still-here", 10));
        TeamView view = open(admin, "team");

        _click(view.deleteTeam);
        DeleteTeamDialog dialog = _get(DeleteTeamDialog.class);
        _setValue(dialog.confirmation, admin.team().name());
        _click(dialog.delete);

        assertThat(dialog.formError.getText()).contains("still-here");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(members.members(admin.userId())).hasSize(1);
    }

    @Test
    void offersMembersNoTeamDeletion() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member bob = fixtures.newMember(admin.team(), new Allocation(2000, 4096, 20));

        TeamView view = open(bob, "team");

        assertThat(view.deleteTeam).isNull();
        _assertNone(Button.class, spec -> spec.withText("Delete team…"));
    }

    private TeamView open(Member member, String location) {
        KaribuSession.logIn(context, member.username());
        UI.getCurrent().navigate(location);
        return _get(TeamView.class);
    }

    private static Button button(TeamView view, int row, String text) {
        Component cell = _getCellComponent(view.grid, row, MemberGrid.ACTIONS);
        return _get(cell, Button.class, spec -> spec.withText(text));
    }
}
