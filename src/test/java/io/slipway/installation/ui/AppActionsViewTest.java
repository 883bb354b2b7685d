package io.slipway.installation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.KaribuTest;
import io.slipway.installation.AppDirectory;
import io.slipway.installation.AppSummary;
import io.slipway.installation.InstallationService;
import io.slipway.installation.InstallationStatus;
import io.slipway.plan.Allocation;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AppActionsViewTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    InstallationService installations;

    @Autowired
    AppDirectory directory;

    @Test
    void stopsAndStartsTheSelectedAppFromMyApps() {
        Member admin = premiumAdmin();
        UUID id = installations.install(admin.userId(), "lightstreamer", lightstreamer("web", 10));
        login(admin);
        navigate("apps");
        MyAppsView page = _get(MyAppsView.class);
        page.grid.select(GridKt._get(page.grid, 0));

        _click(page.actions.stop);

        assertThat(directory.find(admin.userId(), id).stopped()).isTrue();
        assertThat(page.actions.start.isVisible()).isTrue();
        assertThat(page.actions.stop.isVisible()).isFalse();
        assertThat(NotificationsKt.getNotifications()).isNotEmpty();
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(GridKt._get(page.grid, 0).status()).isEqualTo(InstallationStatus.STOPPED);
        });

        _click(page.actions.start);

        assertThat(directory.find(admin.userId(), id).stopped()).isFalse();
    }

    @Test
    void deletesOnlyWhenTheNameIsTypedExactly() {
        Member admin = premiumAdmin();
        UUID id = installations.install(admin.userId(), "lightstreamer", lightstreamer("precious", 10));
        login(admin);
        navigate("apps/" + id);
        AppView page = _get(AppView.class);

        _click(page.actions.delete);
        DeleteAppDialog dialog = _get(DeleteAppDialog.class);
        _setValue(dialog.confirmation, "precius");

        assertThat(dialog.deleteButton.isEnabled()).isFalse();
        assertThat(dialog.confirmation.isInvalid()).isTrue();
        assertThat(dialog.confirmation.getErrorMessage()).isEqualTo("This is not the app's name: type precious");
        assertThat(dialog.deleteData.isVisible())
                .as("no volume, no question about its data")
                .isFalse();
        assertThat(installations.appsOf(admin.userId())).hasSize(1);

        _setValue(dialog.confirmation, "precious");
        _click(dialog.deleteButton);

        assertThat(installations.appsOf(admin.userId())).isEmpty();
        assertThat(_get(MyAppsView.class)).isNotNull();
    }

    @Test
    void showsAColleaguesAppReadOnlyToAMember() {
        Member admin = premiumAdmin();
        Member bob = fixtures.newMember(admin.team(), new Allocation(1000, 2048, 0));
        UUID id = installations.install(admin.userId(), "lightstreamer", lightstreamer("admins", 10));
        login(bob);
        navigate("apps/" + id);
        AppView page = _get(AppView.class);

        assertThat(_get(page, H1.class, spec -> spec.withText("admins"))).isNotNull();
        assertThat(page.actions.stop.isEnabled()).isFalse();
        assertThat(page.actions.restart.isEnabled()).isFalse();
        assertThat(page.actions.edit.isEnabled()).isFalse();
        assertThat(page.actions.logs.isEnabled()).isFalse();
        assertThat(page.actions.delete.isEnabled()).isFalse();
        assertThat(page.actions.stop.getTooltip().getText()).contains(admin.username());
    }

    @Test
    void letsATeamAdminActOnAMembersAppFromTheWholeTeamList() {
        Member admin = premiumAdmin();
        Member bob = fixtures.newMember(admin.team(), new Allocation(1000, 2048, 0));
        UUID id = installations.install(bob.userId(), "lightstreamer", lightstreamer("bobs", 10));
        login(admin);
        navigate("apps");
        MyAppsView page = _get(MyAppsView.class);
        _setValue(page.wholeTeam, true);
        page.grid.select(GridKt._get(page.grid, 0));

        _click(page.actions.restart);

        assertThat(directory.find(admin.userId(), id).manageable()).isTrue();
        assertThat(NotificationsKt.getNotifications()).isNotEmpty();
    }

    @Test
    void answersAnotherTeamsAppAndAnUnknownIdWithTheSameNotFound() {
        Member admin = premiumAdmin();
        Member stranger = premiumAdmin();
        UUID theirs = installations.install(stranger.userId(), "lightstreamer", lightstreamer("theirs", 10));
        login(admin);

        navigate("apps/" + theirs);
        String foreign =
                _get(Paragraph.class, spec -> spec.withText(AppView.NOT_FOUND)).getText();
        navigate("apps/" + UUID.randomUUID());
        String unknown =
                _get(Paragraph.class, spec -> spec.withText(AppView.NOT_FOUND)).getText();
        navigate("apps/not-a-uuid");

        assertThat(foreign).isEqualTo(unknown);
        assertThat(_get(H1.class, spec -> spec.withText("Not found"))).isNotNull();
    }

    @Test
    void showsTheAppsDetailsAndStatusHistory() {
        Member admin = premiumAdmin();
        UUID id = installations.install(admin.userId(), "lightstreamer", lightstreamer("detailed", 10));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> directory.find(admin.userId(), id).status() == InstallationStatus.RUNNING);
        login(admin);

        navigate("apps/" + id);

        AppView page = _get(AppView.class);
        assertThat(page.details.value("Image")).isEqualTo("lightstreamer:latest");
        assertThat(page.details.value("Allocation")).isEqualTo("10 % · 400 m CPU · 819 MiB");
        assertThat(page.details.value("Address"))
                .isEqualTo("detailed-" + admin.team().slug() + ".apps.test");
        assertThat(GridKt._size(page.history)).isGreaterThanOrEqualTo(2);
        assertThat(GridKt._get(page.history, 0).status()).isEqualTo(InstallationStatus.RUNNING);
        AppSummary shown = directory.find(admin.userId(), id);
        assertThat(page.details.value("Status")).startsWith(shown.status().label());
    }

    private Member premiumAdmin() {
        return fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
    }
}
