package io.slipway.deployer;

import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.SlipwayTest;
import io.slipway.installation.InstallationService;
import io.slipway.plan.Allocation;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SlipwayTest
class ResyncTest {

    @Autowired
    Resync resync;

    @Autowired
    KubernetesClient kubernetes;

    @Autowired
    InstallationService installations;

    @Autowired
    Fixtures fixtures;

    @Test
    void restoresADeletedDeploymentAndQuota() {
        Member member = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        installations.install(member.userId(), "lightstreamer", lightstreamer("sturdy", 10));
        String namespace = member.team().namespace();
        await().atMost(Duration.ofSeconds(20)).until(() -> deployment(namespace, "sturdy") != null);

        kubernetes
                .apps()
                .deployments()
                .inNamespace(namespace)
                .withName("sturdy")
                .delete();
        kubernetes
                .resourceQuotas()
                .inNamespace(namespace)
                .withName("slipway-quota")
                .delete();
        await().atMost(Duration.ofSeconds(10)).until(() -> deployment(namespace, "sturdy") == null);

        resync.resyncAll();

        assertThat(deployment(namespace, "sturdy")).isNotNull();
        assertThat(kubernetes
                        .resourceQuotas()
                        .inNamespace(namespace)
                        .withName("slipway-quota")
                        .get())
                .isNotNull();
    }

    private Deployment deployment(String namespace, String name) {
        return kubernetes
                .apps()
                .deployments()
                .inNamespace(namespace)
                .withName(name)
                .get();
    }
}
