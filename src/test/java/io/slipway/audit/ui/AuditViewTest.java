package io.slipway.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.QueryParameters;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.KaribuTest;
import io.slipway.audit.AuditAction;
import io.slipway.plan.Allocation;
import io.slipway.team.Allocations;
import io.slipway.team.MemberNotFound;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditViewTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Allocations allocations;

    @Test
    void showsTheTeamsLogNewestFirst() {
        Member admin = fixtures.newAdmin("premium", new Allocation(1000, 2048, 0));
        Member bob = fixtures.newMember(admin.team(), new Allocation(500, 1024, 0));
        login(admin);

        navigate("team/audit");

        AuditView view = _get(AuditView.class);
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("team/audit");
        assertThat(_size(view.grid)).isEqualTo(3);
        assertThat(_getFormatted(view.grid, 0, "action")).isEqualTo("Member added");
        assertThat(_getFormatted(view.grid, 0, "by")).isEqualTo(admin.username());
        assertThat(_getFormatted(view.grid, 0, "member")).isEqualTo(bob.username());
        assertThat(_getFormatted(view.grid, 0, "detail"))
                .isEqualTo(bob.username() + " joined as member with 500 m CPU · 1024 MiB · 0 GiB");
        assertThat(_getFormatted(view.grid, 0, "when")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    }

    @Test
    void filtersByMemberAndByAction() {
        Member admin = fixtures.newAdmin("premium", new Allocation(1000, 2048, 0));
        Member bob = fixtures.newMember(admin.team(), new Allocation(500, 1024, 0));
        allocations.allocate(admin.userId(), bob.userId(), new Allocation(700, 1024, 0));
        login(admin);
        navigate("team/audit");
        AuditView view = _get(AuditView.class);

        _setValue(
                view.member,
                view.member
                        .getListDataView()
                        .getItems()
                        .filter(person -> person.id().equals(bob.userId()))
                        .findFirst()
                        .orElseThrow());
        assertThat(_size(view.grid)).isEqualTo(2);

        _setValue(view.action, AuditAction.ALLOCATION_CHANGED);
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormatted(view.grid, 0, "detail"))
                .isEqualTo("Allocation of " + bob.username()
                        + ": 500 m CPU · 1024 MiB · 0 GiB → 700 m CPU · 1024 MiB"
                        + " · 0 GiB");
    }

    @Test
    void opensFilteredByTheMemberTheLinkNames() {
        Member admin = fixtures.newAdmin("premium", new Allocation(1000, 2048, 0));
        Member bob = fixtures.newMember(admin.team(), new Allocation(500, 1024, 0));
        login(admin);

        openFilteredBy(bob.userId());

        AuditView view = _get(AuditView.class);
        assertThat(view.member.getValue().name()).isEqualTo(bob.username());
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(view.notice.isVisible()).isFalse();
    }

    @Test
    void answersTheSameNotFoundForAnotherTeamsMemberAndAnUnknownId() {
        Member acme = fixtures.newAdmin("premium", new Allocation(1000, 2048, 0));
        Member globex = fixtures.newAdmin("premium", new Allocation(1000, 2048, 0));
        login(acme);

        openFilteredBy(globex.userId());
        AuditView foreign = _get(AuditView.class);
        String foreignAnswer = foreign.notice.getText();
        int foreignRows = _size(foreign.grid);
        openFilteredBy(UUID.randomUUID());
        AuditView unknown = _get(AuditView.class);

        assertThat(foreignAnswer).isEqualTo(MemberNotFound.MESSAGE);
        assertThat(unknown.notice.getText()).isEqualTo(foreignAnswer);
        // Acme's own log, unfiltered: it was created, then its admin's allocation set
        assertThat(foreignRows).isEqualTo(_size(unknown.grid)).isEqualTo(2);
        assertThat(_getFormatted(unknown.grid, 0, "by")).isEqualTo(acme.username());
    }

    @Test
    void refusesMembersAndLeavesTheLogOutOfTheirMenu() {
        Member admin = fixtures.newAdmin("premium", new Allocation(1000, 2048, 0));
        Member bob = fixtures.newMember(admin.team(), new Allocation(500, 1024, 0));
        login(bob);
        navigate("");

        assertThat(_get(Nav.class).getElement().getTextRecursively()).doesNotContain("Audit log");
        assertNavigationDenied("team/audit");
        _assertNone(AuditView.class);
    }

    private static void openFilteredBy(UUID memberId) {
        UI.getCurrent().navigate("team/audit", QueryParameters.of("member", memberId.toString()));
    }
}
