package io.slipway.installation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.KaribuTest;
import io.slipway.catalog.Protocol;
import io.slipway.installation.AppDirectory;
import io.slipway.installation.InstallRequest;
import io.slipway.installation.InstallationService;
import io.slipway.installation.Persistence;
import io.slipway.installation.Settled;
import io.slipway.plan.Allocation;
import io.slipway.storage.VolumeSummary;
import io.slipway.storage.Volumes;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** My Apps as a console: what each action does to the app, and what a row tells about reaching it. */
class AppConsoleViewTest extends KaribuTest {

    private static final String RESTARTED_AT = "slipway.io/restarted-at";

    @Autowired
    Fixtures fixtures;

    @Autowired
    InstallationService installations;

    @Autowired
    AppDirectory directory;

    @Autowired
    Volumes volumes;

    @Autowired
    KubernetesClient kubernetes;

    @Test
    void restartRollsTheSelectedAppsPods() {
        Member admin = premiumAdmin();
        installations.install(admin.userId(), "lightstreamer", lightstreamer("rolling", 10));
        Settled.awaitRunning(installations, admin.userId());
        String before = restartedAt(admin, "rolling");
        MyAppsView page = openMyApps(admin);
        page.grid.select(GridKt._get(page.grid, 0));

        _click(page.actions.restart);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() ->
                        assertThat(restartedAt(admin, "rolling")).isNotNull().isNotEqualTo(before));
    }

    @Test
    void disablesEveryActionOnAColleaguesRowForAMember() {
        Member admin = premiumAdmin();
        Member bob = fixtures.newMember(admin.team(), new Allocation(1000, 2048, 0));
        installations.install(admin.userId(), "lightstreamer", lightstreamer("admins", 10));
        MyAppsView page = openMyApps(bob);
        _setValue(page.wholeTeam, true);

        page.grid.select(GridKt._get(page.grid, 0));

        for (Button button : new Button[] {
            page.actions.stop,
            page.actions.restart,
            page.actions.edit,
            page.actions.logs,
            page.actions.events,
            page.actions.delete
        }) {
            assertThat(button.isEnabled()).as(button.getText()).isFalse();
        }
        assertThat(page.actions.events.getTooltip().getText()).contains(admin.username());
    }

    @Test
    void showsTheNodeHostAndPortOfAPublicTcpApp() {
        Member admin = premiumAdmin();
        InstallRequest request = lightstreamer("feed", 10);
        request.setProtocol(Protocol.TCP);
        UUID id = installations.install(admin.userId(), "lightstreamer", request);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> directory.find(admin.userId(), id).nodePort() != null);
        MyAppsView page = openMyApps(admin);

        String address = _getFormatted(page.grid, 0, "address");

        assertThat(address).matches(".*:3\\d{4}.*");
        assertThat(address)
                .contains(String.valueOf(directory.find(admin.userId(), id).nodePort()));
    }

    @Test
    void keepsTheVolumeOfADeletedAppUnlessAskedToDeleteItsData() {
        Member admin = premiumAdmin();
        installations.install(admin.userId(), "lightstreamer", withVolume("kept"));
        installations.install(admin.userId(), "lightstreamer", withVolume("gone"));
        Settled.awaitRunning(installations, admin.userId());
        MyAppsView page = openMyApps(admin);

        DeleteAppDialog keeping = openDeleteDialog(page, "kept");
        assertThat(keeping.deleteData.isVisible()).isTrue();
        assertThat(keeping.deleteData.getValue()).as("unchecked by default").isFalse();
        _setValue(keeping.confirmation, "kept");
        _click(keeping.deleteButton);

        DeleteAppDialog deleting = openDeleteDialog(page, "gone");
        _setValue(deleting.deleteData, true);
        _setValue(deleting.confirmation, "gone");
        _click(deleting.deleteButton);

        assertThat(installations.appsOf(admin.userId())).isEmpty();
        assertThat(volumes.retainedOf(admin.userId()))
                .extracting(VolumeSummary::appName)
                .containsExactly("kept");
        assertThat(volumes.usedGib(admin.userId())).isEqualTo(2);
    }

    private DeleteAppDialog openDeleteDialog(MyAppsView page, String name) {
        MockVaadin.clientRoundtrip(false);
        for (int row = 0; row < GridKt._size(page.grid); row++) {
            if (GridKt._get(page.grid, row).name().equals(name)) {
                page.grid.select(GridKt._get(page.grid, row));
            }
        }
        _click(page.actions.delete);
        return _get(DeleteAppDialog.class);
    }

    private String restartedAt(Member member, String app) {
        Deployment deployment = kubernetes
                .apps()
                .deployments()
                .inNamespace(member.team().namespace())
                .withName(app)
                .get();
        Map<String, String> annotations =
                deployment.getSpec().getTemplate().getMetadata().getAnnotations();
        return annotations == null ? null : annotations.get(RESTARTED_AT);
    }

    private static InstallRequest withVolume(String name) {
        InstallRequest request = lightstreamer(name, 10);
        request.setPersistence(Persistence.VOLUME);
        request.setVolumeType("Standard");
        request.setVolumeSizeGib(2);
        request.setMountPath("/data");
        return request;
    }

    private MyAppsView openMyApps(Member member) {
        login(member);
        navigate("apps");
        return _get(MyAppsView.class);
    }

    private Member premiumAdmin() {
        return fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
    }
}
