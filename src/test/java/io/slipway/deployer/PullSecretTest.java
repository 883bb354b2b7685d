package io.slipway.deployer;

import static io.slipway.Fixtures.ownImage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.SlipwayTest;
import io.slipway.installation.AppEditing;
import io.slipway.installation.InstallRequest;
import io.slipway.installation.InstallationService;
import io.slipway.plan.Allocation;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An own image's pull Secret lives and dies with its app, and comes back when deleted by hand. */
@SlipwayTest
class PullSecretTest {

    @Autowired
    KubernetesClient kubernetes;

    @Autowired
    InstallationService installations;

    @Autowired
    Resync resync;

    @Autowired
    AppEditing editing;

    @Autowired
    Fixtures fixtures;

    private Member admin;
    private String namespace;
    private UUID shop;

    @BeforeEach
    void installAPrivateImage() {
        admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        namespace = admin.team().namespace();
        InstallRequest request = ownImage("shop", "ghcr.io/acme/shop:1.4");
        request.setRegistryUser("robot");
        request.setRegistryToken("ghp_s3cr3tT0ken");
        shop = installations.installOwnImage(admin.userId(), request);
        await().atMost(Duration.ofSeconds(20)).until(() -> pullSecret() != null);
    }

    @Test
    void aResyncRestoresAPullSecretDeletedByHand() {
        String config = pullSecret().getData().get(".dockerconfigjson");
        kubernetes.secrets().inNamespace(namespace).withName("shop-pull").delete();
        await().atMost(Duration.ofSeconds(10)).until(() -> pullSecret() == null);

        assertThat(resync.resyncAll()).isZero();

        Secret restored = pullSecret();
        assertThat(restored).isNotNull();
        assertThat(restored.getType()).isEqualTo("kubernetes.io/dockerconfigjson");
        assertThat(restored.getData().get(".dockerconfigjson")).isEqualTo(config);
    }

    @Test
    void anEditKeepsTheImageAndItsPullSecret() {
        InstallRequest request = editing.start(admin.userId(), shop).request();
        assertThat(request.getRegistryToken()).isEmpty();
        request.setPercent(20);

        editing.edit(admin.userId(), shop, request);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(kubernetes
                                .apps()
                                .deployments()
                                .inNamespace(namespace)
                                .withName("shop")
                                .get()
                                .getSpec()
                                .getTemplate()
                                .getSpec())
                        .satisfies(
                                pod -> assertThat(pod.getContainers().getFirst().getImage())
                                        .isEqualTo("ghcr.io/acme/shop:1.4"))
                        .satisfies(pod -> assertThat(pod.getImagePullSecrets())
                                .singleElement()
                                .satisfies(ref -> assertThat(ref.getName()).isEqualTo("shop-pull")))
                        .satisfies(pod -> assertThat(pod.getContainers()
                                        .getFirst()
                                        .getResources()
                                        .getLimits()
                                        .get("cpu")
                                        .toString())
                                .isEqualTo("800m")));
        assertThat(pullSecret()).isNotNull();
    }

    @Test
    void deletingTheAppDeletesItsPullSecret() {
        installations.delete(admin.userId(), shop, false);

        await().atMost(Duration.ofSeconds(20)).until(() -> pullSecret() == null);
        assertThat(kubernetes
                        .apps()
                        .deployments()
                        .inNamespace(namespace)
                        .withName("shop")
                        .get())
                .isNull();
    }

    private Secret pullSecret() {
        return kubernetes.secrets().inNamespace(namespace).withName("shop-pull").get();
    }
}
