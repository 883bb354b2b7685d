package io.slipway.deployer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.slipway.deployer.embedded.EmbeddedCluster;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Several replicas, one API server: exactly one leads, and another takes over when it goes. */
class LeaseLeadershipTest {

    private static final DeployerProperties.LeaderElection QUICK = new DeployerProperties.LeaderElection(
            "slipway", "unused", Duration.ofSeconds(2), Duration.ofMillis(1500), Duration.ofMillis(200));

    private EmbeddedCluster cluster;
    private KubernetesClient client;
    private List<LeaseLeadership> replicas;

    @BeforeEach
    void startReplicas() {
        cluster = EmbeddedCluster.start(0);
        client = new KubernetesClientBuilder()
                .withConfig(new io.fabric8.kubernetes.client.ConfigBuilder(io.fabric8.kubernetes.client.Config.empty())
                        .withMasterUrl(cluster.url())
                        .build())
                .build();
        replicas = List.of(replica("slipway-a"), replica("slipway-b"), replica("slipway-c"));
        replicas.forEach(LeaseLeadership::start);
    }

    @AfterEach
    void stopReplicas() {
        replicas.forEach(LeaseLeadership::stop);
        client.close();
        cluster.stop();
    }

    @Test
    void electsExactlyOneLeader() {
        await().atMost(Duration.ofSeconds(10)).until(() -> leaders().size() == 1);

        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() -> leaders().size() == 1);
        assertThat(client.leases()
                        .inNamespace("slipway")
                        .withName(LeaseLeadership.LEASE)
                        .get()
                        .getSpec()
                        .getHolderIdentity())
                .isEqualTo(leaders().getFirst().identity());
    }

    @Test
    void handsLeadershipOverWhenTheLeaderStops() {
        await().atMost(Duration.ofSeconds(10)).until(() -> leaders().size() == 1);
        LeaseLeadership first = leaders().getFirst();

        first.stop();

        await().atMost(Duration.ofSeconds(10))
                .until(() -> leaders().size() == 1 && leaders().getFirst() != first);
        assertThat(first.isLeader()).isFalse();
    }

    private LeaseLeadership replica(String identity) {
        return new LeaseLeadership(client, "slipway", identity, QUICK);
    }

    private List<LeaseLeadership> leaders() {
        return replicas.stream().filter(LeaseLeadership::isLeader).toList();
    }
}
