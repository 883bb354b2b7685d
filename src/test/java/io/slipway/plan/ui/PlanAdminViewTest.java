package io.slipway.plan.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Nav;
import io.slipway.Fixtures;
import io.slipway.KaribuTest;
import io.slipway.plan.Allocation;
import io.slipway.plan.PlanSummary;
import io.slipway.plan.Plans;
import io.slipway.plan.Pool;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlanAdminViewTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Plans plans;

    @Test
    void listsEveryPlanWithItsPoolPriceVolumeTypesAndTeams() {
        login("admin");

        navigate("admin/plans");

        PlanAdminView view = _get(PlanAdminView.class);
        int premium = row(view, "Premium");
        assertThat(_getFormatted(view.grid, premium, "price")).isEqualTo("49.00");
        assertThat(_getFormatted(view.grid, premium, "cpu")).isEqualTo("8 cores");
        assertThat(_getFormatted(view.grid, premium, "memory")).isEqualTo("16384 MiB");
        assertThat(_getFormatted(view.grid, premium, "storage")).isEqualTo("100 GiB");
        assertThat(_getFormatted(view.grid, premium, "apps")).isEqualTo("50");
        assertThat(_getFormatted(view.grid, premium, "volumeTypes")).isEqualTo("Fast SSD, Standard");
        assertThat(_getFormatted(view.grid, row(view, "Free"), "volumeTypes")).isEqualTo("none");
        assertThat(Integer.parseInt(_getFormatted(view.grid, premium, "teams"))).isPositive();
    }

    @Test
    void changesAPlansPriceAndPoolInTheDialog() {
        PlanSummary plan = fixtures.newPlan(new Pool(2000, 4096, 0, 5), "10");
        login("admin");
        navigate("admin/plans");
        PlanAdminView view = _get(PlanAdminView.class);

        PlanDialog dialog = edit(view, plan.name());
        _setValue(dialog.fields.price, "12.50");
        _setValue(dialog.fields.cpu, "3000");
        _click(dialog.save);

        _assertNone(PlanDialog.class);
        assertThat(plans.byId(plan.id()).monthlyPrice()).isEqualByComparingTo("12.50");
        assertThat(plans.byId(plan.id()).pool().cpuMillis()).isEqualTo(3000);
        assertThat(_getFormatted(view.grid, row(view, plan.name()), "price")).isEqualTo("12.50");
    }

    @Test
    void refusesANegativePriceAndNonNumericPoolAtTheFieldAndSavesNothing() {
        PlanSummary plan = fixtures.newPlan(new Pool(2000, 4096, 0, 5), "10");
        login("admin");
        navigate("admin/plans");

        PlanDialog dialog = edit(_get(PlanAdminView.class), plan.name());
        _setValue(dialog.fields.price, "-5");
        _setValue(dialog.fields.memory, "lots");
        _setValue(dialog.fields.maxApps, "-1");

        assertThat(dialog.fields.price.getErrorMessage()).isEqualTo("A price cannot be negative");
        assertThat(dialog.fields.memory.getErrorMessage())
                .isEqualTo("Enter a whole number: memory in MiB, e.g. 16384 for 16 GiB");
        assertThat(dialog.fields.maxApps.getErrorMessage()).isEqualTo("Cannot be negative");
        assertThat(dialog.save.isEnabled()).isFalse();
        assertThat(plans.byId(plan.id())).isEqualTo(plan);
    }

    @Test
    void showsAtTheFieldWhichTeamsAPlanWouldNoLongerFit() {
        PlanSummary plan = fixtures.newPlan(new Pool(4000, 8192, 0, 5), "10");
        Fixtures.Member member = fixtures.newAdmin(plan.key(), new Allocation(3000, 4096, 0));
        login("admin");
        navigate("admin/plans");

        PlanDialog dialog = edit(_get(PlanAdminView.class), plan.name());
        _setValue(dialog.fields.cpu, "1000");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.fields.cpu.getErrorMessage()).contains(member.team().slug() + ": members hold 3 cores");
        assertThat(plans.byId(plan.id()).pool().cpuMillis()).isEqualTo(4000);
    }

    @Test
    void addsANewPlanWithVolumeTypes() {
        login("admin");
        navigate("admin/plans");
        PlanAdminView view = _get(PlanAdminView.class);
        String name = "Team " + System.nanoTime() % 100000;

        _click(view.newPlan);
        PlanDialog dialog = _get(PlanDialog.class);
        _setValue(dialog.fields.name, name);
        _setValue(dialog.fields.price, "19");
        _setValue(dialog.fields.cpu, "4000");
        _setValue(dialog.fields.memory, "8192");
        _setValue(dialog.fields.storage, "50");
        _setValue(dialog.fields.maxApps, "10");
        assertThat(dialog.fields.volumeTypes.isInvalid()).isTrue();
        _setValue(dialog.fields.volumeTypes, Set.of("Standard"));
        _click(dialog.save);

        assertThat(_getFormatted(view.grid, row(view, name), "volumeTypes")).isEqualTo("Standard");
        assertThat(_getFormatted(view.grid, row(view, name), "teams")).isEqualTo("0");
    }

    @Test
    void hidesThePageFromTeamAdminsAndLeavesItOutOfTheirMenu() {
        login("alice");
        navigate("");

        assertThat(_get(Nav.class).getElement().getTextRecursively()).doesNotContain("Plans");
        assertNavigationDenied("admin/plans");
        _assertNone(PlanAdminView.class);
    }

    @Test
    void showsPlatformAdminsThePageInTheirMenu() {
        login("admin");
        navigate("");

        assertThat(_get(Nav.class).getElement().getTextRecursively()).contains("Plans");
    }

    private static PlanDialog edit(PlanAdminView view, String name) {
        _click((Button) _getCellComponent(view.grid, row(view, name), "actions"));
        return _get(PlanDialog.class);
    }

    private static int row(PlanAdminView view, String name) {
        return IntStream.range(0, _size(view.grid))
                .filter(i -> _getFormatted(view.grid, i, "name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row " + name));
    }
}
