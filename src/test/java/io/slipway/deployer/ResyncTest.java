package io.slipway.deployer;

import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.SlipwayTest;
import io.slipway.catalog.Protocol;
import io.slipway.deployer.embedded.EmbeddedCluster;
import io.slipway.deployer.embedded.Fault;
import io.slipway.installation.Access;
import io.slipway.installation.InstallRequest;
import io.slipway.installation.InstallationService;
import io.slipway.installation.InstallationStatus;
import io.slipway.plan.Allocation;
import io.slipway.team.TeamDeletion;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SlipwayTest
class ResyncTest {

    @Autowired
    Resync resync;

    @Autowired
    KubernetesClient kubernetes;

    @Autowired
    EmbeddedCluster cluster;

    @Autowired
    InstallationService installations;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TeamDeletion teamDeletion;

    @Test
    void leavesADeletedTeamsNamespaceDeleted() {
        Member member = fixtures.newAdmin("Free", new Allocation(1000, 2048, 0));
        String namespace = member.team().namespace();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> kubernetes.namespaces().withName(namespace).get() != null);
        teamDeletion.delete(member.userId(), member.team().name());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> kubernetes.namespaces().withName(namespace).get() == null);

        resync.resyncAll();

        assertThat(kubernetes.namespaces().withName(namespace).get()).isNull();
    }

    @Test
    void deletesADeletedTeamsNamespaceThatIsStillThere() {
        Member member = fixtures.newAdmin("Free", new Allocation(1000, 2048, 0));
        String namespace = member.team().namespace();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> kubernetes.namespaces().withName(namespace).get() != null);
        Namespace left = kubernetes.namespaces().withName(namespace).get();
        teamDeletion.delete(member.userId(), member.team().name());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> kubernetes.namespaces().withName(namespace).get() == null);
        // As if the deletion had been lost: the namespace is back, as Slipway had made it
        left.getMetadata().setResourceVersion(null);
        kubernetes.resource(left).create();

        assertThat(resync.resyncAll()).isZero();

        assertThat(kubernetes.namespaces().withName(namespace).get()).isNull();
    }

    @Test
    void writesNothingWhenNothingChanged() {
        Member member = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        installations.install(member.userId(), "lightstreamer", lightstreamer("steady", 10));
        awaitRunning(member);
        resync.resyncAll();

        long writes = cluster.writeRequests();
        long requests = cluster.requests();
        int failures = resync.resyncAll();

        assertThat(failures).isZero();
        assertThat(cluster.writeRequests() - writes).isZero();
        // One list per kind, and a read of each app's Secret, which Slipway may not list cluster-wide
        assertThat(cluster.requests() - requests)
                .isLessThanOrEqualTo(Resync.LISTED.size()
                        + installations.appsOf(member.userId()).size()
                        + 20L);
    }

    @Test
    void readsNoObjectByNameThatAnAppDoesNotHave() {
        Member member = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        InstallRequest hidden = lightstreamer("hidden", 10);
        hidden.setAccess(Access.PRIVATE);
        InstallRequest streaming = lightstreamer("streaming", 10);
        streaming.setProtocol(Protocol.TCP);
        installations.install(member.userId(), "lightstreamer", hidden);
        installations.install(member.userId(), "lightstreamer", streaming);
        awaitRunning(member);
        // A private app has neither Ingress nor policy, a TCP app no Ingress: the lists showed none of Slipway's
        String namespace = member.team().namespace();
        Fault ingressRead = cluster.inject(Fault.of("GET", namespace + "/ingresses/", 503, 100));
        Fault policyRead = cluster.inject(Fault.of("GET", namespace + "/networkpolicies/", 503, 100));
        try {
            assertThat(resync.resyncAll()).isZero();
        } finally {
            cluster.clearFaults();
        }

        assertThat(ingressRead.remaining()).hasValue(100);
        assertThat(policyRead.remaining()).hasValue(100);
    }

    @Test
    void restoresObjectsTheInformersDoNotWatch() {
        Member member = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        installations.install(member.userId(), "lightstreamer", lightstreamer("sturdy", 10));
        String namespace = member.team().namespace();
        awaitRunning(member);

        kubernetes.services().inNamespace(namespace).withName("sturdy").delete();
        kubernetes
                .network()
                .v1()
                .ingresses()
                .inNamespace(namespace)
                .withName("sturdy")
                .delete();
        kubernetes
                .limitRanges()
                .inNamespace(namespace)
                .withName("slipway-limits")
                .delete();
        long writes = cluster.writeRequests();

        resync.resyncAll();

        assertThat(kubernetes
                        .services()
                        .inNamespace(namespace)
                        .withName("sturdy")
                        .get())
                .isNotNull();
        assertThat(kubernetes
                        .network()
                        .v1()
                        .ingresses()
                        .inNamespace(namespace)
                        .withName("sturdy")
                        .get())
                .isNotNull();
        assertThat(kubernetes
                        .limitRanges()
                        .inNamespace(namespace)
                        .withName("slipway-limits")
                        .get())
                .isNotNull();
        assertThat(cluster.writeRequests() - writes).isEqualTo(3);
    }

    @Test
    void neverTouchesObjectsWithoutSlipwaysLabels() {
        Member member = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        String namespace = member.team().namespace();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> kubernetes.namespaces().withName(namespace).get() != null);
        kubernetes
                .resource(new ConfigMapBuilder()
                        .withNewMetadata()
                        .withName("someone-elses")
                        .withNamespace(namespace)
                        .endMetadata()
                        .withData(Map.of("key", "value"))
                        .build())
                .create();
        Deployment foreign = kubernetes
                .resource(new io.fabric8.kubernetes.api.model.apps.DeploymentBuilder(
                                DesiredDeployment.of(Desired.app(member, "squatter")))
                        .editMetadata()
                        .withLabels(Map.of("app", "squatter"))
                        .endMetadata()
                        .build())
                .create();

        installations.install(member.userId(), "lightstreamer", lightstreamer("squatter", 10));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(installations.appsOf(member.userId()).getFirst())
                                .satisfies(app -> assertThat(app.status()).isEqualTo(InstallationStatus.FAILED))
                                .satisfies(app -> assertThat(app.statusReason())
                                        .contains("A Deployment named squatter exists that Slipway did not create")));
        resync.resyncAll();

        Deployment after = kubernetes
                .apps()
                .deployments()
                .inNamespace(namespace)
                .withName("squatter")
                .get();
        assertThat(after.getMetadata().getResourceVersion())
                .isEqualTo(foreign.getMetadata().getResourceVersion());
        assertThat(after.getMetadata().getLabels()).containsOnlyKeys("app");
        assertThat(kubernetes
                        .configMaps()
                        .inNamespace(namespace)
                        .withName("someone-elses")
                        .get()
                        .getData())
                .containsEntry("key", "value");
    }

    private void awaitRunning(Member member) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(installations.appsOf(member.userId()))
                        .allSatisfy(app -> assertThat(app.status()).isEqualTo(InstallationStatus.RUNNING)));
    }
}
