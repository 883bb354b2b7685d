package io.slipway.installation;

import static io.slipway.Fixtures.ownImage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.SlipwayTest;
import io.slipway.plan.Allocation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Deploy your own image" through the service, with and without registry credentials. */
@SlipwayTest
@ExtendWith(OutputCaptureExtension.class)
class OwnImageInstallTest {

    @Autowired
    InstallationService installations;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AppEditing editing;

    @Autowired
    KubernetesClient kubernetes;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void runsAPublicImageByItsReferenceWithoutAPullSecret() {
        Member member = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));

        installations.installOwnImage(member.userId(), ownImage("web", "nginx:1.27-alpine"));

        Deployment deployment = awaitDeployment(member, "web");
        var pod = deployment.getSpec().getTemplate().getSpec();
        assertThat(pod.getContainers().getFirst().getImage()).isEqualTo("nginx:1.27-alpine");
        assertThat(pod.getContainers().getFirst().getPorts().getFirst().getContainerPort())
                .isEqualTo(3000);
        assertThat(pod.getImagePullSecrets()).isNullOrEmpty();
        assertThat(installations.appsOf(member.userId()).getFirst().imageWithTag())
                .isEqualTo("nginx:1.27-alpine");
    }

    @Test
    void pullsAPrivateImageWithItsCredentialsKeptEncryptedAndOnlyInAPullSecret(CapturedOutput output) {
        Member member = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        InstallRequest request = ownImage("shop", "ghcr.io/acme/shop@sha256:" + "0f".repeat(32));
        request.setRegistryUser("robot");
        request.setRegistryToken("ghp_s3cr3tT0ken");

        UUID id = installations.installOwnImage(member.userId(), request);

        String stored = jdbc.queryForObject("select pull_sealed from installation where id = ?", String.class, id);
        assertThat(stored).startsWith("v1:").doesNotContain("ghp_s3cr3tT0ken").doesNotContain("robot");
        Secret pull = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> kubernetes
                                .secrets()
                                .inNamespace(member.team().namespace())
                                .withName("shop-pull")
                                .get(),
                        s -> s != null);
        assertThat(pull.getType()).isEqualTo("kubernetes.io/dockerconfigjson");
        String config =
                new String(Base64.getDecoder().decode(pull.getData().get(".dockerconfigjson")), StandardCharsets.UTF_8);
        assertThat(config)
                .contains("\"ghcr.io\"")
                .contains("\"username\":\"robot\"")
                .contains("\"auth\":\"" + Base64.getEncoder().encodeToString("robot:ghp_s3cr3tT0ken".getBytes()));
        var pod = awaitDeployment(member, "shop").getSpec().getTemplate().getSpec();
        assertThat(pod.getImagePullSecrets())
                .singleElement()
                .satisfies(ref -> assertThat(ref.getName()).isEqualTo("shop-pull"));
        assertThat(pod.getContainers().getFirst().getImage()).isEqualTo("ghcr.io/acme/shop@sha256:" + "0f".repeat(32));
        String deployment = Serialization.asJson(awaitDeployment(member, "shop"));
        assertThat(deployment)
                .doesNotContain("ghp_s3cr3tT0ken")
                .doesNotContain(Base64.getEncoder().encodeToString("robot:ghp_s3cr3tT0ken".getBytes()))
                .doesNotContain(pull.getData().get(".dockerconfigjson"));
        assertThat(output.getAll())
                .as("logs")
                .contains("Accepted install of an own image as shop")
                .doesNotContain("ghp_s3cr3tT0ken")
                .doesNotContain(Base64.getEncoder().encodeToString("robot:ghp_s3cr3tT0ken".getBytes()));
    }

    @Test
    void keepsAnOwnImagesDataOnAVolumeWhereTheUserSays() {
        Member member = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        InstallRequest request = ownImage("notes", "ghcr.io/acme/notes:3");
        request.setPersistence(Persistence.VOLUME);
        request.setVolumeType("Standard");
        request.setVolumeSizeGib(2);
        request.setMountPath("/var/lib/notes");

        installations.installOwnImage(member.userId(), request);

        var pod = awaitDeployment(member, "notes").getSpec().getTemplate().getSpec();
        assertThat(pod.getVolumes())
                .singleElement()
                .satisfies(
                        volume -> assertThat(volume.getPersistentVolumeClaim().getClaimName())
                                .isEqualTo("notes-data"));
        assertThat(pod.getContainers().getFirst().getVolumeMounts())
                .singleElement()
                .satisfies(mount -> assertThat(mount.getMountPath()).isEqualTo("/var/lib/notes"));
    }

    @Test
    void refusesAVolumeForAnOwnImageOfAFreeTeamEvenWhenTheViewIsBypassed() {
        Member carol = fixtures.newAdmin("Free", new Allocation(1000, 2048, 0));

        rejects(carol, InstallField.PERSISTENCE, r -> {
            r.setPersistence(Persistence.VOLUME);
            r.setVolumeType("Standard");
            r.setVolumeSizeGib(1);
            r.setMountPath("/data");
        });
        assertThat(jdbc.queryForObject("select count(*) from volume where owner_id = ?", Integer.class, carol.userId()))
                .isZero();
    }

    @Test
    void refusesEachBadReferenceAndCredentialAtItsFieldCreatingNothing() {
        Member member = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));

        rejects(member, InstallField.IMAGE, r -> r.setImage("UPPER/case"));
        rejects(member, InstallField.IMAGE, r -> r.setImage("nginx;rm -rf /"));
        rejects(member, InstallField.IMAGE, r -> r.setImage("--privileged"));
        rejects(member, InstallField.IMAGE, r -> r.setImage("a".repeat(300)));
        rejects(member, InstallField.IMAGE, r -> r.setImage("nginx:" + "t".repeat(129)));
        rejects(member, InstallField.IMAGE, r -> r.setImage(""));
        rejects(member, InstallField.REGISTRY_TOKEN, r -> r.setRegistryUser("robot"));
        rejects(member, InstallField.REGISTRY_USER, r -> r.setRegistryToken("token"));
        rejects(member, InstallField.PORT, r -> r.setPort(""));
    }

    private void rejects(Member member, InstallField field, Consumer<InstallRequest> spoil) {
        InstallRequest request = ownImage("valid-name", "nginx");
        spoil.accept(request);
        int before = rows(member);
        assertThatThrownBy(() -> installations.installOwnImage(member.userId(), request))
                .isInstanceOfSatisfying(
                        InstallRejected.class,
                        rejected -> assertThat(rejected.messageFor(field))
                                .as("message at %s", field)
                                .isPresent());
        assertThat(rows(member)).isEqualTo(before);
        assertThat(kubernetes
                        .apps()
                        .deployments()
                        .inNamespace(member.team().namespace())
                        .withName("valid-name")
                        .get())
                .isNull();
        assertThat(kubernetes
                        .secrets()
                        .inNamespace(member.team().namespace())
                        .withName("valid-name-pull")
                        .get())
                .isNull();
    }

    private int rows(Member member) {
        return jdbc.queryForObject(
                "select count(*) from installation where team_id = ?",
                Integer.class,
                member.team().id());
    }

    @Test
    void rollsAnOwnImageToAnotherTagOrDigestAndRefusesAnythingElseWithoutChangingTheApp() {
        Member member = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        UUID id = installations.installOwnImage(member.userId(), ownImage("api", "ghcr.io/acme/api:2.0"));
        awaitDeployment(member, "api");

        for (String bad : new String[] {"", "2.1 ", "-2.1", "2.1;reboot", "sha256:abc", "x".repeat(129)}) {
            InstallRequest request = editing.start(member.userId(), id).request();
            request.setTag(bad);
            assertThatThrownBy(() -> editing.edit(member.userId(), id, request))
                    .as("version %s", bad)
                    .isInstanceOfSatisfying(
                            InstallRejected.class,
                            rejected -> assertThat(rejected.messageFor(InstallField.TAG))
                                    .isPresent());
        }
        assertThat(installations.appsOf(member.userId()).getFirst().imageWithTag())
                .isEqualTo("ghcr.io/acme/api:2.0");

        String digest = "sha256:" + "ab".repeat(32);
        InstallRequest request = editing.start(member.userId(), id).request();
        request.setTag(digest);
        editing.edit(member.userId(), id, request);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(awaitDeployment(member, "api")
                                .getSpec()
                                .getTemplate()
                                .getSpec()
                                .getContainers()
                                .getFirst()
                                .getImage())
                        .isEqualTo("ghcr.io/acme/api@" + digest));
    }

    private Deployment awaitDeployment(Member member, String name) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> kubernetes
                                .apps()
                                .deployments()
                                .inNamespace(member.team().namespace())
                                .withName(name)
                                .get(),
                        d -> d != null);
    }
}
