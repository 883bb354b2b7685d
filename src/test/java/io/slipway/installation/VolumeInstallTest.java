package io.slipway.installation;

import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.SlipwayTest;
import io.slipway.plan.Allocation;
import io.slipway.storage.VolumeNotFound;
import io.slipway.storage.Volumes;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Premium volumes through the service, as a view or a crafted request would send them. */
@SlipwayTest
class VolumeInstallTest {

    @Autowired
    InstallationService installations;

    @Autowired
    Volumes volumes;

    @Autowired
    Fixtures fixtures;

    @Autowired
    KubernetesClient kubernetes;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void refusesAVolumeToAFreeTeamEvenWhenTheViewIsBypassed() {
        Member carol = fixtures.newAdmin("Free", new Allocation(1000, 2048, 0));

        assertRejectedAndNothingCreated(
                carol, withVolume("sneaky", "Standard", 1, "/data"), InstallField.PERSISTENCE, "has no persistent");
    }

    @Test
    void refusesEachBadVolumeFieldAtThatField() {
        Member alice = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 10));

        rejects(alice, InstallField.MOUNT_PATH, r -> r.setMountPath("data"), "absolute");
        rejects(alice, InstallField.MOUNT_PATH, r -> r.setMountPath("/"), "Not / itself");
        rejects(alice, InstallField.MOUNT_PATH, r -> r.setMountPath(""), "Enter the directory");
        rejects(alice, InstallField.VOLUME_SIZE, r -> r.setVolumeSizeGib(0), "at least 1 GiB");
        rejects(alice, InstallField.VOLUME_SIZE, r -> r.setVolumeSizeGib(11), "Only 10 GiB");
        rejects(alice, InstallField.VOLUME_TYPE, r -> r.setVolumeType("Gold"), "Standard");
        rejects(alice, InstallField.VOLUME_TYPE, r -> r.setVolumeType(null), "Choose a volume type");
        rejects(alice, InstallField.RETAINED_VOLUME, r -> r.setRetainedVolumeId(UUID.randomUUID()), "no such");
    }

    @Test
    void countsAttachedAndRetainedVolumesAgainstTheStorageAllocation() {
        Member alice = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 10));
        UUID first = installations.install(alice.userId(), "lightstreamer", withVolume("first", "Standard", 6, "/d"));
        Settled.awaitRunning(installations, alice.userId());
        installations.delete(alice.userId(), first, false);

        assertRejectedAndNothingCreated(
                alice, withVolume("second", "Standard", 5, "/d"), InstallField.VOLUME_SIZE, "Only 4 GiB");
        installations.install(alice.userId(), "lightstreamer", withVolume("second", "Fast SSD", 4, "/d"));
        assertThat(volumes.usedGib(alice.userId())).isEqualTo(10);
    }

    @Test
    void freesTheStorageWhenTheDataIsDeletedWithTheApp() {
        Member alice = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 10));
        UUID app = installations.install(alice.userId(), "lightstreamer", withVolume("big", "Standard", 10, "/d"));

        Settled.awaitRunning(installations, alice.userId());

        installations.delete(alice.userId(), app, true);

        assertThat(volumes.usedGib(alice.userId())).isZero();
        assertThat(volumes.retainedOf(alice.userId())).isEmpty();
    }

    @Test
    void keepsTheVolumeAsRetainedWhenTheDataIsKept() {
        Member alice = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 10));
        UUID app = installations.install(alice.userId(), "lightstreamer", withVolume("shop", "Fast SSD", 3, "/d"));

        Settled.awaitRunning(installations, alice.userId());

        installations.delete(alice.userId(), app, false);

        assertThat(volumes.retainedOf(alice.userId())).singleElement().satisfies(volume -> {
            assertThat(volume.appName()).isEqualTo("shop");
            assertThat(volume.type()).isEqualTo("Fast SSD");
            assertThat(volume.sizeGib()).isEqualTo(3);
            assertThat(volume.retainedSince()).isNotNull();
        });
        assertThat(volumes.usedGib(alice.userId())).isEqualTo(3);
    }

    @Test
    void letsOnlyTheOwnerTakeOverOrDeleteARetainedVolume() {
        Member alice = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 10));
        Member bob = fixtures.newMember(alice.team(), new Allocation(2000, 4096, 10));
        Member stranger = fixtures.newAdmin("Premium", new Allocation(2000, 4096, 10));
        UUID app = installations.install(alice.userId(), "lightstreamer", withVolume("shop", "Standard", 3, "/d"));
        Settled.awaitRunning(installations, alice.userId());
        installations.delete(alice.userId(), app, false);
        UUID volume = volumes.retainedOf(alice.userId()).getFirst().id();

        InstallRequest takeOver = withVolume("mine", null, null, "/d");
        takeOver.setRetainedVolumeId(volume);
        assertRejectedAndNothingCreated(bob, takeOver, InstallField.RETAINED_VOLUME, "no such retained volume");
        assertThatThrownBy(() -> volumes.deleteRetained(bob.userId(), volume)).isInstanceOf(VolumeNotFound.class);
        assertThatThrownBy(() -> volumes.deleteRetained(stranger.userId(), volume))
                .isInstanceOf(VolumeNotFound.class)
                .hasMessage(new VolumeNotFound().getMessage());
        assertThat(volumes.retainedOf(alice.userId())).hasSize(1);
    }

    private void rejects(Member member, InstallField field, Consumer<InstallRequest> spoil, String message) {
        InstallRequest request = withVolume("valid-name", "Standard", 1, "/data");
        spoil.accept(request);
        assertRejectedAndNothingCreated(member, request, field, message);
    }

    private void assertRejectedAndNothingCreated(
            Member member, InstallRequest request, InstallField field, String message) {
        int appsBefore = count("installation", member);
        int volumesBefore = count("volume", member);
        assertThatThrownBy(() -> installations.install(member.userId(), "lightstreamer", request))
                .isInstanceOfSatisfying(
                        InstallRejected.class,
                        rejected -> assertThat(rejected.messageFor(field))
                                .as("message at %s", field)
                                .hasValueSatisfying(m -> assertThat(m).contains(message)));
        assertThat(count("installation", member)).isEqualTo(appsBefore);
        assertThat(count("volume", member)).isEqualTo(volumesBefore);
        assertThat(kubernetes
                        .persistentVolumeClaims()
                        .inNamespace(member.team().namespace())
                        .withName(request.getName() + "-data")
                        .get())
                .isNull();
    }

    private int count(String table, Member member) {
        return jdbc.queryForObject(
                "select count(*) from " + table + " where team_id = ?",
                Integer.class,
                member.team().id());
    }

    static InstallRequest withVolume(String name, String type, Integer sizeGib, String mountPath) {
        InstallRequest request = lightstreamer(name, 10);
        request.setPersistence(Persistence.VOLUME);
        request.setVolumeType(type);
        request.setVolumeSizeGib(sizeGib);
        request.setMountPath(mountPath);
        return request;
    }
}
