package io.slipway.deployer;

import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.SlipwayTest;
import io.slipway.deployer.embedded.EmbeddedCluster;
import io.slipway.deployer.embedded.Fault;
import io.slipway.installation.InstallationService;
import io.slipway.installation.InstallationStatus;
import io.slipway.plan.Allocation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;

/** The API server misbehaves; the deployer converges to the exact end state, without a storm of requests. */
@SlipwayTest
class FailureTest {

    @Autowired
    KubernetesClient kubernetes;

    @Autowired
    EmbeddedCluster cluster;

    @Autowired
    ClusterWatch watch;

    @Autowired
    InstallationService installations;

    @Autowired
    IncompleteEventPublications publications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    private Member member;
    private String namespace;

    @BeforeEach
    void newTeam() {
        member = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        namespace = member.team().namespace();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> kubernetes.namespaces().withName(namespace).get() != null);
    }

    @AfterEach
    void healCluster() {
        cluster.clearFaults();
    }

    @Test
    void rereadsAndRetriesAfterTwoConflicts() {
        UUID id = installAndAwaitRunning("contested");
        Fault conflict = cluster.inject(Fault.of("PUT", namespace + "/deployments/contested", 409, 2));
        long requests = cluster.requests();

        // A PATCH, so that only Slipway's restoring PUTs meet the conflicts
        kubernetes
                .apps()
                .deployments()
                .inNamespace(namespace)
                .withName("contested")
                .edit(deployment -> {
                    deployment.getSpec().setReplicas(0);
                    return deployment;
                });

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(
                        () -> assertThat(deployment("contested").getSpec().getReplicas())
                                .isEqualTo(1));
        assertThat(conflict.used()).isTrue();
        assertExactlyTheAppsObjects(id, "contested");
        assertThat(cluster.requests() - requests).isLessThan(100);
    }

    @Test
    void backsOffAndConvergesAfterTwoServiceUnavailableAnswers() {
        Fault unavailable = cluster.inject(Fault.of("POST", namespace + "/deployments", 503, 2));
        long requests = cluster.requests();

        UUID id = installAndAwaitRunning("patient");

        assertThat(unavailable.used()).isTrue();
        assertExactlyTheAppsObjects(id, "patient");
        assertThat(cluster.requests() - requests).isLessThan(150);
    }

    @Test
    void relistsWhenAWatchExpiresAndEndsWithTheServersState() {
        installAndAwaitRunning("watched");
        Fault gone = cluster.inject(Fault.watch("/apis/apps/v1/deployments", 410, 3));
        long requests = cluster.requests();

        cluster.pause();
        cluster.resume();
        kubernetes
                .apps()
                .deployments()
                .inNamespace(namespace)
                .withName("watched")
                .edit(deployment -> {
                    deployment.getMetadata().getLabels().put("example.com/touched", "by-hand");
                    return deployment;
                });

        await().atMost(Duration.ofSeconds(20)).until(gone::used);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                versions(watch.deployments().getStore().list()))
                        .isEqualTo(versions(kubernetes
                                .apps()
                                .deployments()
                                .inAnyNamespace()
                                .withLabel(Labels.MANAGED_BY, Labels.SLIPWAY)
                                .list()
                                .getItems())));
        assertThat(cluster.requests() - requests).isLessThan(300);
    }

    @Test
    void resubmitsAnInstallThatWasCommittedButNeverApplied() {
        // Every request about the namespace fails, as if Slipway had died right after the database commit
        cluster.inject(Fault.of(null, namespace, 503, 1_000_000));
        UUID id = installations.install(member.userId(), "lightstreamer", lightstreamer("phoenix", 10));
        await().atMost(Duration.ofSeconds(10)).until(() -> incompletePublicationsFor(id) == 1);

        cluster.clearFaults();
        publications.resubmitIncompletePublications(publication -> true);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                installations.appsOf(member.userId()).getFirst().status())
                        .isEqualTo(InstallationStatus.RUNNING));
        assertExactlyTheAppsObjects(id, "phoenix");
        await().atMost(Duration.ofSeconds(10)).until(() -> incompletePublicationsFor(id) == 0);
    }

    private UUID installAndAwaitRunning(String name) {
        UUID id = installations.install(member.userId(), "lightstreamer", lightstreamer(name, 10));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                installations.appsOf(member.userId()).getFirst().status())
                        .isEqualTo(InstallationStatus.RUNNING));
        return id;
    }

    private Deployment deployment(String name) {
        return kubernetes
                .apps()
                .deployments()
                .inNamespace(namespace)
                .withName(name)
                .get();
    }

    /** One Secret, Deployment, Service, Ingress and public NetworkPolicy, all of this installation; no more. */
    private void assertExactlyTheAppsObjects(UUID id, String name) {
        List<HasMetadata> objects = new ArrayList<>();
        String installation = id.toString();
        objects.addAll(kubernetes
                .secrets()
                .inNamespace(namespace)
                .withLabel(Labels.INSTALLATION, installation)
                .list()
                .getItems());
        objects.addAll(kubernetes
                .apps()
                .deployments()
                .inNamespace(namespace)
                .withLabel(Labels.INSTALLATION, installation)
                .list()
                .getItems());
        objects.addAll(kubernetes
                .services()
                .inNamespace(namespace)
                .withLabel(Labels.INSTALLATION, installation)
                .list()
                .getItems());
        objects.addAll(kubernetes
                .network()
                .v1()
                .ingresses()
                .inNamespace(namespace)
                .withLabel(Labels.INSTALLATION, installation)
                .list()
                .getItems());
        objects.addAll(kubernetes
                .network()
                .v1()
                .networkPolicies()
                .inNamespace(namespace)
                .withLabel(Labels.INSTALLATION, installation)
                .list()
                .getItems());
        assertThat(objects)
                .extracting(
                        object -> object.getKind() + "/" + object.getMetadata().getName())
                .containsExactlyInAnyOrder(
                        "Secret/" + name + "-env",
                        "Deployment/" + name,
                        "Service/" + name,
                        "Ingress/" + name,
                        "NetworkPolicy/allow-public-" + name);
    }

    private int incompletePublicationsFor(UUID installationId) {
        return jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null and serialized_event like ?",
                Integer.class,
                "%" + installationId + "%");
    }

    private static Map<String, String> versions(List<Deployment> deployments) {
        Map<String, String> versions = new TreeMap<>();
        deployments.forEach(deployment -> versions.put(
                deployment.getMetadata().getNamespace() + "/"
                        + deployment.getMetadata().getName(),
                deployment.getMetadata().getResourceVersion()));
        return versions;
    }
}
