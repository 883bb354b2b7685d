package io.slipway.deployer;

import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.SlipwayTest;
import io.slipway.deployer.embedded.EmbeddedCluster;
import io.slipway.installation.AppSummary;
import io.slipway.installation.InstallationService;
import io.slipway.installation.InstallationStatus;
import io.slipway.plan.Allocation;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SlipwayTest
class ClusterOutageTest {

    @Autowired
    EmbeddedCluster cluster;

    @Autowired
    KubernetesClient kubernetes;

    @Autowired
    InstallationService installations;

    @Autowired
    Fixtures fixtures;

    @Test
    void appliesAnInstallAcceptedWhileTheClusterWasUnreachableOnceItIsBack() {
        Member member = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> kubernetes
                                .namespaces()
                                .withName(member.team().namespace())
                                .get()
                        != null);

        cluster.pause();
        try {
            installations.install(member.userId(), "lightstreamer", lightstreamer("patient", 10));

            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() ->
                            assertThat(onlyApp(member).status()).isEqualTo(InstallationStatus.WAITING_FOR_CLUSTER));
            assertThat(onlyApp(member).statusReason()).contains("cannot be reached");
        } finally {
            cluster.resume();
        }
        long requests = cluster.requests();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> kubernetes
                                .apps()
                                .deployments()
                                .inNamespace(member.team().namespace())
                                .withName("patient")
                                .get()
                        != null);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(onlyApp(member).status()).isEqualTo(InstallationStatus.RUNNING));
        assertThat(kubernetes
                        .apps()
                        .deployments()
                        .inNamespace(member.team().namespace())
                        .list()
                        .getItems())
                .hasSize(1);
        // Backoff, not a hot loop: the reconnecting informers and one apply, not hundreds of retries
        assertThat(cluster.requests() - requests).isLessThan(200);
    }

    private AppSummary onlyApp(Member member) {
        return installations.appsOf(member.userId()).getFirst();
    }
}
