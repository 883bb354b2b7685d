package io.slipway.deployer;

import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.SlipwayTest;
import io.slipway.installation.InstallRequest;
import io.slipway.installation.InstallationService;
import io.slipway.installation.Persistence;
import io.slipway.installation.Settled;
import io.slipway.plan.Allocation;
import io.slipway.storage.Volumes;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Premium volumes in the embedded cluster: claims made, mounted, kept, deleted and taken over. */
@SlipwayTest
class VolumeClaimTest {

    @Autowired
    KubernetesClient kubernetes;

    @Autowired
    InstallationService installations;

    @Autowired
    Volumes volumes;

    @Autowired
    Resync resync;

    @Autowired
    Fixtures fixtures;

    private Member alice;
    private String namespace;

    @BeforeEach
    void createTeam() {
        alice = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        namespace = alice.team().namespace();
    }

    @Test
    void mountsAClaimOfTheTypesStorageClassWritableForANonRootImage() {
        installations.install(alice.userId(), "lightstreamer", withVolume("streams", "Fast SSD", 5));

        PersistentVolumeClaim claim = awaitClaim("streams-data");
        assertThat(claim.getSpec().getStorageClassName()).isEqualTo("fast-ssd");
        assertThat(claim.getSpec().getResources().getRequests()).containsEntry("storage", new Quantity("5Gi"));
        var pod = awaitDeployment("streams").getSpec().getTemplate().getSpec();
        assertThat(pod.getVolumes())
                .singleElement()
                .satisfies(
                        volume -> assertThat(volume.getPersistentVolumeClaim().getClaimName())
                                .isEqualTo("streams-data"));
        assertThat(pod.getContainers().getFirst().getVolumeMounts())
                .singleElement()
                .satisfies(mount -> assertThat(mount.getMountPath()).isEqualTo("/lightstreamer/data"));
        assertThat(pod.getSecurityContext().getFsGroup()).isEqualTo(10000L);
    }

    @Test
    void keepsTheClaimWhenTheAppIsDeletedWithoutItsDataAndThroughAResync() {
        UUID app = installations.install(alice.userId(), "lightstreamer", withVolume("shop", "Standard", 2));
        awaitClaim("shop-data");
        Settled.awaitRunning(installations, alice.userId());

        installations.delete(alice.userId(), app, false);
        await().atMost(Duration.ofSeconds(10)).until(() -> deployment("shop") == null);
        resync.resyncAll();

        assertThat(claim("shop-data")).isNotNull();
        assertThat(volumes.retainedOf(alice.userId()))
                .singleElement()
                .satisfies(volume -> assertThat(volume.claimName()).isEqualTo("shop-data"));
    }

    @Test
    void deletesTheClaimWhenAskedToDeleteTheData() {
        UUID app = installations.install(alice.userId(), "lightstreamer", withVolume("gone", "Standard", 2));
        awaitClaim("gone-data");
        Settled.awaitRunning(installations, alice.userId());

        installations.delete(alice.userId(), app, true);

        await().atMost(Duration.ofSeconds(10)).until(() -> claim("gone-data") == null);
    }

    @Test
    void deletesExactlyTheRetainedVolumesClaim() {
        UUID one = installations.install(alice.userId(), "lightstreamer", withVolume("one", "Standard", 1));
        UUID two = installations.install(alice.userId(), "lightstreamer", withVolume("two", "Standard", 1));
        awaitClaim("one-data");
        awaitClaim("two-data");
        Settled.awaitRunning(installations, alice.userId());
        installations.delete(alice.userId(), one, false);
        installations.delete(alice.userId(), two, false);
        UUID volumeOfOne = volumes.retainedOf(alice.userId()).stream()
                .filter(v -> v.appName().equals("one"))
                .findFirst()
                .orElseThrow()
                .id();

        volumes.deleteRetained(alice.userId(), volumeOfOne);

        await().atMost(Duration.ofSeconds(10)).until(() -> claim("one-data") == null);
        assertThat(claim("two-data")).isNotNull();
        assertThat(volumes.retainedOf(alice.userId()))
                .extracting(v -> v.appName())
                .containsExactly("two");
    }

    @Test
    void mountsARetainedClaimInANewApp() {
        UUID old = installations.install(alice.userId(), "lightstreamer", withVolume("old", "Standard", 3));
        awaitClaim("old-data");
        Settled.awaitRunning(installations, alice.userId());
        installations.delete(alice.userId(), old, false);
        UUID volume = volumes.retainedOf(alice.userId()).getFirst().id();
        int usedBefore = volumes.usedGib(alice.userId());

        InstallRequest request = withVolume("new", null, null);
        request.setRetainedVolumeId(volume);
        UUID app = installations.install(alice.userId(), "lightstreamer", request);

        var pod = awaitDeployment("new").getSpec().getTemplate().getSpec();
        assertThat(pod.getVolumes().getFirst().getPersistentVolumeClaim().getClaimName())
                .isEqualTo("old-data");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(claim("old-data").getMetadata().getLabels())
                        .containsEntry(Labels.INSTALLATION, app.toString()));
        assertThat(claim("new-data")).isNull();
        assertThat(volumes.usedGib(alice.userId())).isEqualTo(usedBefore);
        assertThat(volumes.retainedOf(alice.userId())).isEmpty();
    }

    @Test
    void namesANewClaimAroundARetainedOneOfTheSameApp() {
        UUID first = installations.install(alice.userId(), "lightstreamer", withVolume("web", "Standard", 1));
        awaitClaim("web-data");
        Settled.awaitRunning(installations, alice.userId());
        installations.delete(alice.userId(), first, false);

        installations.install(alice.userId(), "lightstreamer", withVolume("web", "Standard", 1));

        awaitClaim("web-data-2");
        assertThat(List.of(claim("web-data"), claim("web-data-2"))).doesNotContainNull();
    }

    private static InstallRequest withVolume(String name, String type, Integer sizeGib) {
        InstallRequest request = lightstreamer(name, 10);
        request.setPersistence(Persistence.VOLUME);
        request.setVolumeType(type);
        request.setVolumeSizeGib(sizeGib);
        request.setMountPath("/lightstreamer/data");
        return request;
    }

    private PersistentVolumeClaim claim(String name) {
        return kubernetes
                .persistentVolumeClaims()
                .inNamespace(namespace)
                .withName(name)
                .get();
    }

    private PersistentVolumeClaim awaitClaim(String name) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> claim(name), c -> c != null);
    }

    private Deployment deployment(String name) {
        return kubernetes
                .apps()
                .deployments()
                .inNamespace(namespace)
                .withName(name)
                .get();
    }

    private Deployment awaitDeployment(String name) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> deployment(name), d -> d != null);
    }
}
