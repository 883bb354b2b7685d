package io.slipway.installation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.AnchorsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.KaribuTest;
import io.slipway.installation.AppSummary;
import io.slipway.installation.InstallationService;
import io.slipway.plan.Allocation;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyAppsViewTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    InstallationService installations;

    @Test
    void listsTheAppWithItsImageShareAccessAndHostname() {
        Member member = premiumMember();
        installations.install(member.userId(), "lightstreamer", lightstreamer("live", 10));

        open(member);

        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_getFormatted(grid(), 0, "name")).isEqualTo("live");
        assertThat(_getFormatted(grid(), 0, "image")).isEqualTo("lightstreamer:latest");
        assertThat(status(0)).isIn("Pending", "Starting", "Running");
        assertThat(_getFormatted(grid(), 0, "allocation")).isEqualTo("10 % · 400 m CPU · 819 MiB");
        assertThat(_getFormatted(grid(), 0, "access")).isEqualTo("Public");
        assertThat(_getFormatted(grid(), 0, "address"))
                .contains("live-" + member.team().slug() + ".apps.test");
        assertThat(GridKt._get(grid(), 0).hostname())
                .isEqualTo("live-" + member.team().slug() + ".apps.test");
    }

    @Test
    void showsStatusChangesWithoutReloading() {
        Member member = premiumMember();
        open(member);
        MyAppsView page = _get(MyAppsView.class);
        assertThat(grid().isVisible()).isFalse();

        // As if installed from another tab: only a pushed status change can bring it onto this page
        installations.install(member.userId(), "lightstreamer", lightstreamer("pushed", 10));

        await().atMost(Duration.ofSeconds(30)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(grid().isVisible()).isTrue();
            assertThat(status(0)).isEqualTo("Running");
        });
        assertThat(_get(MyAppsView.class)).isSameAs(page);
        assertThat(_getFormatted(grid(), 0, "name")).isEqualTo("pushed");
    }

    @Test
    void showsTheWholeTeamsAppsWithTheirOwnersOnRequest() {
        Member admin = premiumMember();
        Member colleague = fixtures.newMember(admin.team(), new Allocation(1000, 2048, 0));
        installations.install(admin.userId(), "lightstreamer", lightstreamer("mine", 10));
        installations.install(colleague.userId(), "nginx", lightstreamer("theirs", 10));
        Member stranger = premiumMember();
        installations.install(stranger.userId(), "lightstreamer", lightstreamer("elsewhere", 10));
        open(admin);
        assertThat(names()).containsExactly("mine");
        assertThat(grid().getColumnByKey(AppGrid.OWNER).isVisible()).isFalse();

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Whole team")), true);

        assertThat(names()).as("another team's apps stay out").containsExactlyInAnyOrder("mine", "theirs");
        assertThat(grid().getColumnByKey(AppGrid.OWNER).isVisible()).isTrue();
        int theirs = names().indexOf("theirs");
        assertThat(_getFormatted(grid(), theirs, AppGrid.OWNER)).isEqualTo(colleague.username());
    }

    @Test
    void pointsAMemberWithoutAppsToTheCatalog() {
        open(premiumMember());

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("slipway-empty"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("No apps yet. Pick one from the catalog.");
        assertThat(_find(AppGrid.class)).isEmpty();

        AnchorsKt._click(_get(Anchor.class, spec -> spec.withText("Pick one from the catalog")));

        assertThat(NavigatorKt.getCurrentPath()).isEmpty();
        assertThat(NavigatorKt.getCurrentView().getSimpleName()).isEqualTo("CatalogView");
    }

    private Member premiumMember() {
        return fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
    }

    private void open(Member member) {
        login(member);
        navigate("apps");
    }

    private static Grid<AppSummary> grid() {
        return _get(MyAppsView.class).grid;
    }

    private static List<String> names() {
        Grid<AppSummary> grid = grid();
        return IntStream.range(0, _size(grid))
                .mapToObj(row -> _getFormatted(grid, row, "name"))
                .toList();
    }

    private static String status(int row) {
        return GridKt._get(grid(), row).status().label();
    }
}
