package io.slipway.installation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.KaribuTest;
import io.slipway.deployer.embedded.EmbeddedCluster;
import io.slipway.installation.AppActionRefused;
import io.slipway.installation.AppDirectory;
import io.slipway.installation.AppEvent;
import io.slipway.installation.AppLogs;
import io.slipway.installation.AppNotFound;
import io.slipway.installation.InstallationService;
import io.slipway.installation.InstallationStatus;
import io.slipway.plan.Allocation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LogsAndEventsViewTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    InstallationService installations;

    @Autowired
    AppDirectory directory;

    @Autowired
    AppLogs logs;

    @Autowired
    KubernetesClient kubernetes;

    @Autowired
    EmbeddedCluster cluster;

    @Test
    void showsAndDownloadsTheLastFiveHundredLines() {
        Member admin = premiumAdmin();
        UUID id = runningApp(admin, "chatty");
        Pod pod = podOf(admin, id);
        for (int line = 1; line <= 600; line++) {
            write(pod, "log line %04d".formatted(line));
        }
        login(admin);
        navigate("apps/" + id);

        _click(_get(AppView.class).actions.logs);

        LogsDialog dialog = _get(LogsDialog.class);
        String shown = dialog.text.getText();
        assertThat(shown.lines()).hasSize(AppLogs.LINES);
        assertThat(shown).contains("log line 0600").doesNotContain("log line 0100");
        assertThat(shown).doesNotContain("starting lightstreamer:latest");

        assertThat(dialog.download.getText()).isEqualTo("Download .txt");
        String file = new String(DownloadKt._download(dialog.download), StandardCharsets.UTF_8);
        assertThat(file.lines()).hasSize(AppLogs.LINES);
        assertThat(file).contains("log line 0600").doesNotContain("log line 0100");
    }

    @Test
    void followsNewLinesUntilTheDialogCloses() {
        Member admin = premiumAdmin();
        UUID id = runningApp(admin, "talker");
        Pod pod = podOf(admin, id);
        login(admin);
        navigate("apps/" + id);

        _click(_get(AppView.class).actions.logs);

        LogsDialog dialog = _get(LogsDialog.class);
        assertThat(dialog.text.getText())
                .contains("starting lightstreamer:latest")
                .contains("listening on port 8080");

        _setValue(dialog.follow, true);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(LogsDialog.FOLLOW_INTERVAL_MS);
        write(pod, "order 4711 shipped");
        poll();
        assertThat(dialog.text.getText()).contains("order 4711 shipped");

        dialog.close();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        write(pod, "order 4712 shipped");
        poll();
        assertThat(dialog.text.getText()).doesNotContain("order 4712 shipped");
    }

    @Test
    void showsTheAppsEventsInPlainWords() {
        Member admin = premiumAdmin();
        UUID id = runningApp(admin, "eventful");
        login(admin);
        navigate("apps/" + id);

        _click(_get(AppView.class).actions.events);

        EventsDialog dialog = _get(EventsDialog.class);
        var grid = dialog.grid;
        var what = IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> GridKt._get(grid, row))
                .map(AppEvent::what)
                .toList();
        assertThat(what).contains("Placed on a node", "Image ready", "Started");
        assertThat(dialog.note.getText()).isEqualTo("The cluster keeps events for about an hour.");
    }

    @Test
    void keepsLogsFromColleaguesAndOtherTeams() {
        Member admin = premiumAdmin();
        Member bob = fixtures.newMember(admin.team(), new Allocation(1000, 2048, 0));
        Member stranger = premiumAdmin();
        UUID id = runningApp(admin, "private-log");

        assertThatThrownBy(() -> logs.lines(bob.userId(), id)).isInstanceOf(AppActionRefused.class);
        assertThatThrownBy(() -> logs.events(bob.userId(), id)).isInstanceOf(AppActionRefused.class);
        AppNotFound foreign = (AppNotFound) catchThrowable(() -> logs.lines(stranger.userId(), id));
        AppNotFound unknown = (AppNotFound) catchThrowable(() -> logs.lines(stranger.userId(), UUID.randomUUID()));
        assertThat(foreign.getMessage()).isEqualTo(unknown.getMessage());
        assertThatThrownBy(() -> logs.events(stranger.userId(), id)).isInstanceOf(AppNotFound.class);
        assertThatThrownBy(() -> logs.events(admin.userId(), UUID.randomUUID())).isInstanceOf(AppNotFound.class);
    }

    private UUID runningApp(Member member, String name) {
        UUID id = installations.install(member.userId(), "lightstreamer", lightstreamer(name, 10));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> directory.find(member.userId(), id).status() == InstallationStatus.RUNNING);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !logs.lines(member.userId(), id).isEmpty());
        return id;
    }

    private Pod podOf(Member member, UUID id) {
        return kubernetes
                .pods()
                .inNamespace(member.team().namespace())
                .withLabel("slipway.io/installation", id.toString())
                .list()
                .getItems()
                .getFirst();
    }

    private void write(Pod pod, String line) {
        cluster.appendPodLog(pod.getMetadata().getNamespace(), pod.getMetadata().getName(), line);
    }

    /** What the browser does every {@link LogsDialog#FOLLOW_INTERVAL_MS} while polling is on. */
    private static void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }

    private Member premiumAdmin() {
        return fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
    }
}
