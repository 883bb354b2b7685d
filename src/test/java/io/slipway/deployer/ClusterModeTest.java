package io.slipway.deployer;

import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.deployer.embedded.EmbeddedCluster;
import io.slipway.deployer.embedded.WriteRequest;
import io.slipway.installation.AppDirectory;
import io.slipway.installation.AppLifecycle;
import io.slipway.installation.InstallationService;
import io.slipway.installation.InstallationStatus;
import io.slipway.plan.Allocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Slipway in cluster mode (issue #4): fabric8 finds the cluster through a kubeconfig, Slipway writes with
 * server-side apply and learns each app's status from its informers. The cluster is an embedded API server that
 * Slipway's context knows nothing of, with a simulated node of the test's own playing the cluster's kubelet and
 * controllers.
 */
// Declared before @SpringBootTest, so that it runs after Spring has closed Slipway's context
@ExtendWith(ClusterModeTest.StopsTheClusterLast.class)
@SpringBootTest(
        properties = {
            "slipway.kubernetes.mode=cluster",
            // A database of its own, so that the embedded-mode tests' context never deploys these apps
            "spring.datasource.url=jdbc:h2:mem:slipway-cluster-mode;DB_CLOSE_DELAY=-1"
        })
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class ClusterModeTest {

    private static final EmbeddedCluster REAL_CLUSTER = EmbeddedCluster.start(0);
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    ApplicationContext context;

    @Autowired
    KubernetesClient slipwaysClient;

    @Autowired
    Leadership leadership;

    @Autowired
    InstallationService installations;

    @Autowired
    AppLifecycle lifecycle;

    @Autowired
    AppDirectory directory;

    @Autowired
    Resync resync;

    @Autowired
    Fixtures fixtures;

    private KubernetesClient kubectl;
    private SimulatedNode node;

    @DynamicPropertySource
    static void findTheClusterThroughAKubeconfig(DynamicPropertyRegistry registry) {
        System.setProperty(
                Config.KUBERNETES_KUBECONFIG_FILE,
                kubeconfig(REAL_CLUSTER.url()).toString());
    }

    @BeforeAll
    void startTheClustersNode() {
        kubectl = new KubernetesClientBuilder()
                .withConfig(new ConfigBuilder(Config.empty())
                        .withMasterUrl(REAL_CLUSTER.url())
                        .build())
                .build();
        node = new SimulatedNode(kubectl, REAL_CLUSTER);
        node.start();
        await().atMost(WAIT).until(leadership::isLeader);
    }

    @AfterAll
    void stopTheClustersNode() {
        node.stop();
        kubectl.close();
    }

    @Test
    void usesTheClusterFromTheKubeconfigAndNoSimulatedOne() {
        assertThat(context.getBeanProvider(EmbeddedCluster.class).getIfAvailable())
                .isNull();
        assertThat(context.getBeanNamesForType(SimulatedNode.class)).isEmpty();
        assertThat(slipwaysClient.getMasterUrl().toString()).startsWith(REAL_CLUSTER.url());
        assertThat(kubectl.leases()
                        .inNamespace("default")
                        .withName(LeaseLeadership.LEASE)
                        .get())
                .as("the deployer's lease")
                .isNotNull();
    }

    @Test
    void installsAnAppWithServerSideApplyUnderSlipwaysFieldManager() {
        long before = REAL_CLUSTER.writeRequests();
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        String namespace = admin.team().namespace();

        UUID web = installations.install(admin.userId(), "lightstreamer", lightstreamer("web", 10));

        await().atMost(WAIT).until(() -> status(admin, web) == InstallationStatus.RUNNING);
        assertThat(kubectl.apps()
                        .deployments()
                        .inNamespace(namespace)
                        .withName("web")
                        .get())
                .isNotNull();
        assertThat(kubectl.services().inNamespace(namespace).withName("web").get())
                .isNotNull();
        assertThat(kubectl.secrets().inNamespace(namespace).withName("web-env").get())
                .isNotNull();
        List<WriteRequest> writes = writesIn(namespace, before);
        assertThat(writes)
                .extracting(WriteRequest::path)
                .contains(
                        "/api/v1/namespaces/" + namespace,
                        "/api/v1/namespaces/" + namespace + "/secrets/web-env",
                        "/apis/apps/v1/namespaces/" + namespace + "/deployments/web",
                        "/api/v1/namespaces/" + namespace + "/services/web");
        assertThat(writes).allSatisfy(write -> {
            assertThat(write.serverSideApply())
                    .as("%s %s", write.method(), write.path())
                    .isTrue();
            assertThat(write.fieldManager()).isEqualTo(ServerSideApplier.FIELD_MANAGER);
            assertThat(write.forced()).isTrue();
        });
    }

    @Test
    void writesNothingOnAResyncWhenNothingChanged() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        UUID steady = installations.install(admin.userId(), "lightstreamer", lightstreamer("steady", 10));
        await().atMost(WAIT).until(() -> status(admin, steady) == InstallationStatus.RUNNING);
        long before = REAL_CLUSTER.writeRequests();

        assertThat(resync.resyncAll()).isZero();

        assertThat(REAL_CLUSTER.writesSince(before))
                .filteredOn(write -> !write.path().contains("/leases/"))
                .isEmpty();
    }

    @Test
    void appliesAStopAndDeletesTheAppsObjects() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        String namespace = admin.team().namespace();
        UUID app = installations.install(admin.userId(), "lightstreamer", lightstreamer("paused", 10));
        await().atMost(WAIT).until(() -> status(admin, app) == InstallationStatus.RUNNING);
        long before = REAL_CLUSTER.writeRequests();

        lifecycle.stop(admin.userId(), app);

        await().atMost(WAIT).until(() -> status(admin, app) == InstallationStatus.STOPPED);
        assertThat(deployment(namespace, "paused").getSpec().getReplicas()).isZero();
        assertThat(writesIn(namespace, before))
                .singleElement()
                .satisfies(write -> assertThat(write.serverSideApply()).isTrue())
                .extracting(WriteRequest::path)
                .isEqualTo("/apis/apps/v1/namespaces/" + namespace + "/deployments/paused");

        installations.delete(admin.userId(), app, false);

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(deployment(namespace, "paused")).isNull();
            assertThat(kubectl.services()
                            .inNamespace(namespace)
                            .withName("paused")
                            .get())
                    .isNull();
            assertThat(kubectl.secrets()
                            .inNamespace(namespace)
                            .withName("paused-env")
                            .get())
                    .isNull();
        });
    }

    private InstallationStatus status(Member member, UUID app) {
        return directory.find(member.userId(), app).status();
    }

    private Deployment deployment(String namespace, String name) {
        return kubectl.apps()
                .deployments()
                .inNamespace(namespace)
                .withName(name)
                .get();
    }

    private static List<WriteRequest> writesIn(String namespace, long since) {
        return REAL_CLUSTER.writesSince(since).stream()
                .filter(write -> (write.path() + "/").contains("/namespaces/" + namespace + "/"))
                .toList();
    }

    /** Takes the cluster away once Slipway no longer uses it. */
    static class StopsTheClusterLast implements AfterAllCallback {

        @Override
        public void afterAll(ExtensionContext extension) {
            REAL_CLUSTER.stop();
            System.clearProperty(Config.KUBERNETES_KUBECONFIG_FILE);
        }
    }

    /** A kubeconfig such as {@code kind} or {@code k3d} writes, pointing at {@code url}. */
    private static Path kubeconfig(String url) {
        try {
            Path file = Files.createTempFile("slipway-kubeconfig", ".yaml");
            file.toFile().deleteOnExit();
            return Files.writeString(file, """
                    apiVersion: v1
                    kind: Config
                    clusters:
                    - name: test
                      cluster:
                        server: %s
                    contexts:
                    - name: test
                      context:
                        cluster: test
                        user: test
                    current-context: test
                    users:
                    - name: test
                      user:
                        token: test
                    """.formatted(url));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
