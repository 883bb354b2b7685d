package io.slipway.deployer;

import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.SlipwayTest;
import io.slipway.deployer.embedded.EmbeddedCluster;
import io.slipway.installation.InstallationService;
import io.slipway.installation.InstallationStatus;
import io.slipway.plan.Allocation;
import io.slipway.team.TeamDeleted;
import io.slipway.team.TeamDeletion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

@SlipwayTest
class DeleteTest {

    @Autowired
    KubernetesClient kubernetes;

    @Autowired
    EmbeddedCluster cluster;

    @Autowired
    InstallationService installations;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TeamDeletion teamDeletion;

    @Autowired
    TransactionTemplate transactions;

    private Member member;
    private String namespace;

    @BeforeEach
    void installTwoApps() {
        member = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        namespace = member.team().namespace();
        installations.install(member.userId(), "lightstreamer", lightstreamer("doomed", 10));
        installations.install(member.userId(), "lightstreamer", lightstreamer("keeper", 10));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(installations.appsOf(member.userId()))
                        .allSatisfy(app -> assertThat(app.status()).isEqualTo(InstallationStatus.RUNNING)));
    }

    @Test
    void deletesExactlyTheAppsObjects() {
        List<String> keeperBefore = objectsNamed("keeper");
        createForeignConfigMap("doomed");

        installations.delete(member.userId(), appId("doomed"), false);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(objectsNamed("doomed")).isEmpty());
        assertThat(kubernetes
                        .pods()
                        .inNamespace(namespace)
                        .withLabel(Labels.NAME, "doomed")
                        .list()
                        .getItems())
                .isEmpty();
        assertThat(objectsNamed("keeper")).containsExactlyInAnyOrderElementsOf(keeperBefore);
        assertThat(kubernetes
                        .configMaps()
                        .inNamespace(namespace)
                        .withName("doomed")
                        .get())
                .isNotNull();
        assertThat(kubernetes.namespaces().withName(namespace).get()).isNotNull();
    }

    @Test
    void deletesAnAppWhoseDeletionCameWhileTheClusterWasDown() {
        UUID doomed = appId("doomed");
        cluster.pause();
        try {
            installations.delete(member.userId(), doomed, false);
            await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        } finally {
            cluster.resume();
        }
        long requests = cluster.requests();

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(objectsNamed("doomed")).isEmpty());
        assertThat(objectsNamed("keeper")).hasSize(5);
        assertThat(cluster.requests() - requests).isLessThan(200);
    }

    @Test
    void deletesTheTeamsNamespaceAlsoWhenTheClusterWasDown() {
        List<UUID> apps = installations.appsOf(member.userId()).stream()
                .map(app -> app.id())
                .toList();
        cluster.pause();
        try {
            apps.forEach(id -> installations.delete(member.userId(), id, true));
            teamDeletion.delete(member.userId(), member.team().name());
            await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        } finally {
            cluster.resume();
        }

        await().atMost(Duration.ofSeconds(20))
                .until(() -> kubernetes.namespaces().withName(namespace).get() == null);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(kubernetes
                                .apps()
                                .deployments()
                                .inNamespace(namespace)
                                .list()
                                .getItems())
                        .isEmpty());
    }

    @Test
    void leavesANamespaceSlipwayDidNotCreate() {
        kubernetes
                .namespaces()
                .resource(new io.fabric8.kubernetes.api.model.NamespaceBuilder()
                        .withNewMetadata()
                        .withName("slipway-foreign")
                        .endMetadata()
                        .build())
                .create();

        transactions.executeWithoutResult(
                status -> events.publishEvent(new TeamDeleted(UUID.randomUUID(), "foreign", "slipway-foreign")));

        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> kubernetes.namespaces().withName("slipway-foreign").get() != null);
    }

    private UUID appId(String name) {
        return installations.appsOf(member.userId()).stream()
                .filter(app -> app.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private void createForeignConfigMap(String name) {
        kubernetes
                .resource(new ConfigMapBuilder()
                        .withNewMetadata()
                        .withName(name)
                        .withNamespace(namespace)
                        .withLabels(Map.of(Labels.NAME, name))
                        .endMetadata()
                        .build())
                .create();
    }

    /** The kind and name of every object Slipway made for the app (its Deployment, Service, Ingress…). */
    private List<String> objectsNamed(String app) {
        List<HasMetadata> objects = new ArrayList<>();
        objects.addAll(kubernetes
                .apps()
                .deployments()
                .inNamespace(namespace)
                .withLabel(Labels.NAME, app)
                .list()
                .getItems());
        objects.addAll(kubernetes
                .services()
                .inNamespace(namespace)
                .withLabel(Labels.NAME, app)
                .list()
                .getItems());
        objects.addAll(kubernetes
                .secrets()
                .inNamespace(namespace)
                .withLabel(Labels.NAME, app)
                .list()
                .getItems());
        objects.addAll(kubernetes
                .network()
                .v1()
                .ingresses()
                .inNamespace(namespace)
                .withLabel(Labels.NAME, app)
                .list()
                .getItems());
        objects.addAll(kubernetes
                .network()
                .v1()
                .networkPolicies()
                .inNamespace(namespace)
                .withLabel(Labels.NAME, app)
                .list()
                .getItems());
        return objects.stream()
                .map(object -> object.getKind() + "/" + object.getMetadata().getName())
                .toList();
    }
}
