package io.slipway.deployer;

import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.SlipwayTest;
import io.slipway.deployer.embedded.EmbeddedCluster;
import io.slipway.installation.InstallationService;
import io.slipway.installation.InstallationStatus;
import io.slipway.plan.Allocation;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Hand-made changes to Slipway's objects are undone as soon as the informers see them, without a resync. */
@SlipwayTest
class DriftTest {

    /** A restore is a handful of writes; a loop would be hundreds. */
    private static final long FEW_WRITES = 10;

    @Autowired
    KubernetesClient kubernetes;

    @Autowired
    EmbeddedCluster cluster;

    @Autowired
    InstallationService installations;

    @Autowired
    Fixtures fixtures;

    private Member member;
    private String namespace;

    @BeforeEach
    void installApp() {
        member = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        namespace = member.team().namespace();
        installations.install(member.userId(), "lightstreamer", lightstreamer("drifty", 10));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                installations.appsOf(member.userId()).getFirst().status())
                        .isEqualTo(InstallationStatus.RUNNING));
    }

    @Test
    void restoresDeletedDeployment() {
        long writes = cluster.writeRequests();

        kubernetes
                .apps()
                .deployments()
                .inNamespace(namespace)
                .withName("drifty")
                .delete();

        await().atMost(Duration.ofSeconds(10)).until(() -> deployment() != null);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                installations.appsOf(member.userId()).getFirst().status())
                        .isEqualTo(InstallationStatus.RUNNING));
        assertThat(cluster.writeRequests() - writes).isLessThan(FEW_WRITES);
    }

    @Test
    void restoresDeploymentScaledToZeroByHand() {
        kubernetes
                .apps()
                .deployments()
                .inNamespace(namespace)
                .withName("drifty")
                .scale(0);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(deployment().getSpec().getReplicas()).isEqualTo(1));
        long writes = cluster.writeRequests();
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(
                        () -> assertThat(deployment().getSpec().getReplicas()).isEqualTo(1));
        assertThat(cluster.writeRequests() - writes).isLessThan(FEW_WRITES);
    }

    @Test
    void restoresDeletedNetworkPolicy() {
        kubernetes
                .network()
                .v1()
                .networkPolicies()
                .inNamespace(namespace)
                .withName(DesiredTeamObjects.DEFAULT_DENY)
                .delete();
        kubernetes
                .network()
                .v1()
                .networkPolicies()
                .inNamespace(namespace)
                .withName("allow-public-drifty")
                .delete();

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(kubernetes
                                .network()
                                .v1()
                                .networkPolicies()
                                .inNamespace(namespace)
                                .list()
                                .getItems())
                        .extracting(policy -> policy.getMetadata().getName())
                        .contains(DesiredTeamObjects.DEFAULT_DENY, "allow-public-drifty"));
    }

    @Test
    void restoresEditedResourceQuota() {
        long writes = cluster.writeRequests();

        kubernetes
                .resourceQuotas()
                .inNamespace(namespace)
                .withName(DesiredTeamObjects.QUOTA)
                .edit(quota -> {
                    quota.getSpec().getHard().put("limits.memory", new Quantity("100Gi"));
                    return quota;
                });

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(kubernetes
                                .resourceQuotas()
                                .inNamespace(namespace)
                                .withName(DesiredTeamObjects.QUOTA)
                                .get()
                                .getSpec()
                                .getHard())
                        .containsEntry("limits.memory", new Quantity("16384Mi")));
        assertThat(cluster.writeRequests() - writes).isLessThan(FEW_WRITES);
    }

    private Deployment deployment() {
        return kubernetes
                .apps()
                .deployments()
                .inNamespace(namespace)
                .withName("drifty")
                .get();
    }
}
