package io.slipway.billing.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Nav;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.KaribuTest;
import io.slipway.installation.InstallationService;
import io.slipway.plan.Allocation;
import io.slipway.plan.Plans;
import io.slipway.team.Teams;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BillingViewTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Plans plans;

    @Autowired
    Teams teams;

    @Autowired
    InstallationService installations;

    @Test
    void showsTheTeamsPlanThePlansSideBySideAndThisMonthsStatement() {
        Member admin = fixtures.newAdmin("free", new Allocation(1000, 2048, 0));
        login(admin);

        navigate("billing");

        BillingView view = _get(BillingView.class);
        assertThat(view.currentPlan.getText()).isEqualTo("Your team is on the Free plan: 0.00 per month.");
        assertThat(view.comparison.buttons.get("free").getText()).isEqualTo("Current plan");
        assertThat(view.comparison.buttons.get("free").isEnabled()).isFalse();
        assertThat(view.comparison.buttons.get("premium").getText()).isEqualTo("Upgrade");
        assertThat(view.comparison.getElement().getTextRecursively())
                .contains("49.00 per month", "8 cores CPU", "16384 MiB memory", "100 GiB volume storage")
                .contains("Persistent volumes: Fast SSD, Standard", "No volume storage");
        assertThat(_getFormatted(view.statement.grid, 0, "description")).isEqualTo("Free plan at 0.00 per month");
        assertThat(_getFormatted(view.statement.grid, 1, "member")).isEqualTo(admin.username());
        assertThat(_getFormatted(view.statement.grid, 1, "quantity")).endsWith(" core-hours");
        assertThat(view.statement.total.getText()).endsWith(": 0.00");
    }

    @Test
    void upgradesAtOnceAfterTheAdminConfirms() {
        Member admin = fixtures.newAdmin("free", new Allocation(1000, 2048, 0));
        login(admin);
        navigate("billing");
        BillingView view = _get(BillingView.class);

        _click(view.comparison.buttons.get("premium"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Upgrade to Premium?");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(teams.team(admin.team().id()).planId())
                .isEqualTo(plans.byKey("premium").id());
        assertThat(view.currentPlan.getText()).isEqualTo("Your team is on the Premium plan: 49.00 per month.");
        assertThat(view.comparison.buttons.get("free").getText()).isEqualTo("Downgrade");
        assertThat(_size(view.statement.grid)).isGreaterThanOrEqualTo(3);
        assertThat(_getFormatted(view.statement.grid, 1, "description")).isEqualTo("Premium plan at 49.00 per month");
    }

    @Test
    void refusesADowngradeTheTeamDoesNotFitAndListsWhatToChange() {
        Member admin = fixtures.newAdmin("premium", new Allocation(4000, 8192, 40));
        for (int i = 1; i <= 4; i++) {
            installations.install(admin.userId(), "lightstreamer", lightstreamer("site" + i, 5));
        }
        login(admin);
        navigate("billing");
        BillingView view = _get(BillingView.class);

        _click(view.comparison.buttons.get("free"));

        _assertNone(ConfirmDialog.class);
        assertThat(view.refusal.isVisible()).isTrue();
        assertThat(view.refusal.getElement().getTextRecursively())
                .contains("Your team does not fit the Free plan. Change this first:")
                .contains("CPU: your members hold 4 cores; the Free plan has 1 core.")
                .contains("Storage: the Free plan has no volume storage.")
                .contains("Apps: your team has 4 apps; the Free plan allows 3.");
        assertThat(teams.team(admin.team().id()).planId())
                .isEqualTo(plans.byKey("premium").id());
    }

    @Test
    void downloadsTheStatementAsCsv() {
        Member admin = fixtures.newAdmin("premium", new Allocation(1000, 2048, 0));
        login(admin);
        navigate("billing");
        BillingView view = _get(BillingView.class);

        String csv = new String(DownloadKt._download(view.statement.download), StandardCharsets.UTF_8);

        assertThat(csv)
                .startsWith("Item,Description,Member,From (UTC),To (UTC),Quantity,Unit,Amount\r\n")
                .contains("\r\nPlan,Premium plan at 49.00 per month,,")
                .contains("\r\nCPU,Allocated CPU," + admin.username() + ",");
    }

    @Test
    void refusesMembersAndLeavesBillingOutOfTheirMenu() {
        Member admin = fixtures.newAdmin("premium", new Allocation(1000, 2048, 0));
        Member bob = fixtures.newMember(admin.team(), new Allocation(1000, 2048, 0));
        login(bob);
        navigate("");

        assertThat(_get(Nav.class).getElement().getTextRecursively()).doesNotContain("Billing");
        assertNavigationDenied("billing");
        _assertNone(BillingView.class);
    }

    @Test
    void offersBillingInTheMenuOfTeamAdmins() {
        Member admin = fixtures.newAdmin("premium", new Allocation(1000, 2048, 0));
        login(admin);
        navigate("");

        assertThat(_get(Nav.class).getElement().getTextRecursively()).contains("Billing");
    }
}
