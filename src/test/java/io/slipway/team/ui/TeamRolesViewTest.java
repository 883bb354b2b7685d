package io.slipway.team.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.KaribuSession;
import io.slipway.SlipwayTest;
import io.slipway.plan.Allocation;
import io.slipway.security.Accounts;
import io.slipway.team.TeamMember;
import io.slipway.team.TeamMembers;
import io.slipway.team.TeamRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The Team page's role buttons, adding a teamless user, and the allocation fields' own refusals. */
@SlipwayTest
class TeamRolesViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TeamMembers members;

    @Autowired
    Accounts accounts;

    @AfterEach
    void closeUi() {
        KaribuSession.close();
    }

    @Test
    void makesAMemberAdminAndBackAgain() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member bob = fixtures.newMember(admin.team(), new Allocation(2000, 4096, 20));
        TeamView view = open(admin);

        _click(button(view, 1, "Make admin"));

        assertThat(_getFormatted(view.grid, 1, "role")).isEqualTo("Team admin");
        assertThat(roleOf(admin, bob)).isEqualTo(TeamRole.ADMIN);

        _click(button(view, 1, "Make member"));

        assertThat(_getFormatted(view.grid, 1, "role")).isEqualTo("Member");
        assertThat(roleOf(admin, bob)).isEqualTo(TeamRole.MEMBER);
    }

    @Test
    void keepsTheLastAdminAndSaysWhy() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        fixtures.newMember(admin.team(), new Allocation(2000, 4096, 20));
        TeamView view = open(admin);

        _click(button(view, 0, "Make member"));

        expectNotifications(admin.username() + " is the team's last admin; make another member admin first");
        assertThat(_getFormatted(view.grid, 0, "role")).isEqualTo("Team admin");
        assertThat(roleOf(admin, admin)).isEqualTo(TeamRole.ADMIN);
    }

    @Test
    void addsAnExistingUserWithoutATeam() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        String username = "loner" + System.nanoTime() % 100000;
        accounts.create(username, username, false);
        TeamView view = open(admin);

        _click(view.addMember);
        AddMemberDialog dialog = _get(AddMemberDialog.class);
        _setValue(dialog.kind, AddMemberDialog.EXISTING_USER);
        _setValue(dialog.username, username);
        _setValue(dialog.allocation.cpu, "500m");
        _click(dialog.add);

        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(_getFormatted(view.grid, 1, "name")).isEqualTo(username);
        assertThat(_getFormatted(view.grid, 1, "cpu")).isEqualTo("500 m");
        assertThat(accounts.mustChangePassword(accounts.idOf(username).orElseThrow()))
                .as("an existing user keeps their own password")
                .isFalse();
    }

    @Test
    void refusesNegativeAndNonNumericAllocationsAtTheFieldAndSavesNothing() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        fixtures.newMember(admin.team(), new Allocation(2000, 4096, 20));
        TeamView view = open(admin);
        _click(button(view, 1, "Allocation…"));
        AllocationDialog dialog = _get(AllocationDialog.class);

        _setValue(dialog.fields.cpu, "-1");
        assertThat(dialog.fields.cpu.getErrorMessage()).isEqualTo("An allocation cannot be negative");
        assertThat(dialog.save.isEnabled()).isFalse();

        _setValue(dialog.fields.cpu, "1");
        _setValue(dialog.fields.memory, "lots");
        assertThat(dialog.fields.cpu.isInvalid()).isFalse();
        assertThat(dialog.fields.memory.getErrorMessage()).isEqualTo("Enter memory in MiB (2048) or GiB (2 GiB)");
        assertThat(dialog.save.isEnabled()).isFalse();

        dialog.close();
        assertThat(_getFormatted(view.grid, 1, "cpu")).isEqualTo("2 cores");
        assertThat(_getFormatted(view.grid, 1, "memory")).isEqualTo("4096 MiB");
    }

    private TeamView open(Member member) {
        KaribuSession.logIn(context, member.username());
        UI.getCurrent().navigate("team");
        return _get(TeamView.class);
    }

    private TeamRole roleOf(Member caller, Member member) {
        return members.member(caller.userId(), member.userId())
                .map(TeamMember::role)
                .orElseThrow();
    }

    private static Button button(TeamView view, int row, String text) {
        Component cell = _getCellComponent(view.grid, row, MemberGrid.ACTIONS);
        return _get(cell, Button.class, spec -> spec.withText(text));
    }
}
