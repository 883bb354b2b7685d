package io.slipway.deployer;

import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.SlipwayTest;
import io.slipway.audit.AuditAction;
import io.slipway.audit.AuditFilter;
import io.slipway.audit.AuditLog;
import io.slipway.audit.AuditRecord;
import io.slipway.installation.AppActionRefused;
import io.slipway.installation.AppDirectory;
import io.slipway.installation.AppLifecycle;
import io.slipway.installation.AppNotFound;
import io.slipway.installation.AppSummary;
import io.slipway.installation.InstallationService;
import io.slipway.installation.InstallationStatus;
import io.slipway.plan.Allocation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Stop, start and restart change exactly the app's Deployment (and its pods), nothing of any other app. */
@SlipwayTest
class AppLifecycleTest {

    @Autowired
    KubernetesClient kubernetes;

    @Autowired
    InstallationService installations;

    @Autowired
    AppLifecycle lifecycle;

    @Autowired
    AppDirectory directory;

    @Autowired
    AuditLog auditLog;

    @Autowired
    Resync resync;

    @Autowired
    Fixtures fixtures;

    private Member admin;
    private String namespace;
    private UUID target;

    @BeforeEach
    void installTwoApps() {
        admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        namespace = admin.team().namespace();
        target = installations.install(admin.userId(), "lightstreamer", lightstreamer("target", 10));
        installations.install(admin.userId(), "lightstreamer", lightstreamer("bystander", 10));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(installations.appsOf(admin.userId()))
                        .allSatisfy(app -> assertThat(app.status()).isEqualTo(InstallationStatus.RUNNING)));
    }

    @Test
    void stopsTheAppWithoutGivingUpItsShareAndKeepsItStoppedAcrossAResync() {
        Map<String, String> bystander = versions("bystander");
        Map<String, String> others = versionsExceptDeployment("target");

        lifecycle.stop(admin.userId(), target);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(app().status()).isEqualTo(InstallationStatus.STOPPED);
            assertThat(pods("target")).isEmpty();
        });
        assertThat(deployment("target").getSpec().getReplicas()).isZero();
        assertThat(app().stopped()).isTrue();
        assertThat(installations.usedPercent(admin.userId())).isEqualTo(20);
        assertThat(versions("bystander")).isEqualTo(bystander);
        assertThat(versionsExceptDeployment("target")).isEqualTo(others);

        resync.resyncAll();

        assertThat(deployment("target").getSpec().getReplicas()).isZero();
        assertThat(app().status()).isEqualTo(InstallationStatus.STOPPED);
    }

    @Test
    void startsAStoppedAppAgain() {
        lifecycle.stop(admin.userId(), target);
        await().atMost(Duration.ofSeconds(20)).until(() -> app().status() == InstallationStatus.STOPPED);
        Map<String, String> bystander = versions("bystander");
        Map<String, String> others = versionsExceptDeployment("target");

        lifecycle.start(admin.userId(), target);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(app().status()).isEqualTo(InstallationStatus.RUNNING);
            assertThat(pods("target")).hasSize(1);
        });
        assertThat(deployment("target").getSpec().getReplicas()).isEqualTo(1);
        assertThat(directory.history(admin.userId(), target))
                .extracting(entry -> entry.status())
                .containsSubsequence(
                        InstallationStatus.RUNNING, InstallationStatus.STOPPED, InstallationStatus.RUNNING);
        assertThat(versions("bystander")).isEqualTo(bystander);
        assertThat(versionsExceptDeployment("target")).isEqualTo(others);
    }

    @Test
    void restartReplacesOnlyTheAppsPods() {
        String before = pods("target").getFirst().getMetadata().getName();
        Map<String, String> bystander = versions("bystander");
        List<String> bystanderPods = podNames("bystander");
        Map<String, String> others = versionsExceptDeployment("target");

        lifecycle.restart(admin.userId(), target);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(podNames("target")).hasSize(1).doesNotContain(before));
        assertThat(deployment("target").getSpec().getTemplate().getMetadata().getAnnotations())
                .containsKey(DesiredDeployment.RESTARTED_AT_ANNOTATION);
        assertThat(versions("bystander")).isEqualTo(bystander);
        assertThat(podNames("bystander")).isEqualTo(bystanderPods);
        assertThat(versionsExceptDeployment("target")).isEqualTo(others);
        await().atMost(Duration.ofSeconds(20)).until(() -> app().status() == InstallationStatus.RUNNING);
    }

    @Test
    void recordsEachActionWithWhoActedInTheTeamsAuditLog() {
        Member bob = fixtures.newMember(admin.team(), new Allocation(1000, 2048, 0));
        UUID bobs = installations.install(bob.userId(), "lightstreamer", lightstreamer("bobs", 10));

        lifecycle.stop(admin.userId(), bobs);
        lifecycle.start(bob.userId(), bobs);
        lifecycle.restart(bob.userId(), bobs);
        installations.delete(admin.userId(), bobs, false);

        List<AuditRecord> entries = auditLog.entries(admin.userId(), new AuditFilter(bob.userId(), null), 0, 20);
        assertThat(entries)
                .filteredOn(entry ->
                        entry.action() != AuditAction.APP_INSTALLED && entry.action() != AuditAction.MEMBER_ADDED)
                .extracting(AuditRecord::action, AuditRecord::actor, AuditRecord::member)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.APP_DELETED, admin.username(), bob.username()),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.APP_RESTARTED, bob.username(), bob.username()),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.APP_STARTED, bob.username(), bob.username()),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.APP_STOPPED, admin.username(), bob.username()));
    }

    @Test
    void refusesAMemberActingOnAColleaguesAppAndChangesNothing() {
        Member bob = fixtures.newMember(admin.team(), new Allocation(1000, 2048, 0));
        String version = deployment("target").getMetadata().getResourceVersion();

        assertThatThrownBy(() -> lifecycle.stop(bob.userId(), target)).isInstanceOf(AppActionRefused.class);
        assertThatThrownBy(() -> lifecycle.restart(bob.userId(), target)).isInstanceOf(AppActionRefused.class);
        assertThatThrownBy(() -> installations.delete(bob.userId(), target, false))
                .isInstanceOf(AppActionRefused.class);

        assertThat(app().stopped()).isFalse();
        assertThat(deployment("target").getMetadata().getResourceVersion()).isEqualTo(version);
    }

    @Test
    void answersAnotherTeamsAppAndAnUnknownIdAlike() {
        Member stranger = fixtures.newAdmin("Premium", new Allocation(1000, 2048, 0));

        Throwable foreign = catchThrown(() -> lifecycle.stop(stranger.userId(), target));
        Throwable unknown = catchThrown(() -> lifecycle.stop(stranger.userId(), UUID.randomUUID()));

        assertThat(foreign).isInstanceOf(AppNotFound.class);
        assertThat(unknown).isInstanceOf(AppNotFound.class).hasMessage(foreign.getMessage());
        assertThatThrownBy(() -> directory.find(stranger.userId(), target)).isInstanceOf(AppNotFound.class);
        assertThat(app().stopped()).isFalse();
    }

    @Test
    void givesAPublicTcpAppANodePortAndShowsIt() {
        var request = lightstreamer("tcp", 10);
        request.setProtocol(io.slipway.catalog.Protocol.TCP);

        UUID tcp = installations.install(admin.userId(), "lightstreamer", request);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(directory.find(admin.userId(), tcp).nodePort())
                                .isNotNull());
        AppSummary app = directory.find(admin.userId(), tcp);
        var service =
                kubernetes.services().inNamespace(namespace).withName("tcp").get();
        assertThat(service.getSpec().getType()).isEqualTo("NodePort");
        assertThat(app.nodePort())
                .isEqualTo(service.getSpec().getPorts().getFirst().getNodePort())
                .isBetween(30000, 32767);
        assertThat(app.nodeAddress()).isEqualTo("localhost:" + app.nodePort());
        assertThat(app.hostname()).isEmpty();
    }

    private static Throwable catchThrown(Runnable action) {
        try {
            action.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private AppSummary app() {
        return directory.find(admin.userId(), target);
    }

    private Deployment deployment(String app) {
        return kubernetes
                .apps()
                .deployments()
                .inNamespace(namespace)
                .withName(app)
                .get();
    }

    private List<Pod> pods(String app) {
        return kubernetes.pods().inNamespace(namespace).withLabel(Labels.NAME, app).list().getItems().stream()
                .filter(pod -> pod.getMetadata().getDeletionTimestamp() == null)
                .toList();
    }

    private List<String> podNames(String app) {
        return pods(app).stream()
                .map(pod -> pod.getMetadata().getName())
                .sorted()
                .toList();
    }

    private Map<String, String> versionsExceptDeployment(String app) {
        Map<String, String> versions = versions(app);
        versions.remove("Deployment/" + app);
        return versions;
    }

    private Map<String, String> versions(String app) {
        return ObjectVersions.of(kubernetes, namespace, app);
    }
}
