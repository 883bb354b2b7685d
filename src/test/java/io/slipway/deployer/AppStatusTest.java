package io.slipway.deployer;

import static io.slipway.Fixtures.lightstreamer;
import static io.slipway.Fixtures.ownImage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.SlipwayTest;
import io.slipway.installation.AppEditing;
import io.slipway.installation.AppSummary;
import io.slipway.installation.InstallRequest;
import io.slipway.installation.InstallationService;
import io.slipway.installation.InstallationStatus;
import io.slipway.plan.Allocation;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Every status a person can see on My Apps, produced end to end by the simulated node. */
@SlipwayTest
@ExtendWith(OutputCaptureExtension.class)
class AppStatusTest {

    @Autowired
    SimulatedNode node;

    @Autowired
    InstallationService installations;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AppEditing editing;

    @Test
    void showsRunningOnceTheAppAnswersItsHealthCheck() {
        AppSummary app = installWith(SimulatedFault.NONE, InstallationStatus.RUNNING);

        assertThat(app.statusReason()).isEqualTo("Running and answering its health check");
    }

    @Test
    void explainsAnImageThatDoesNotExist() {
        AppSummary app = installWith(SimulatedFault.IMAGE_NOT_FOUND, InstallationStatus.FAILED);

        assertThat(app.statusReason())
                .startsWith("Image not found: the registry has no image lightstreamer:latest")
                .contains("Check the image name and the tag")
                .contains("help#own-image");
    }

    @Test
    void explainsAPullTheRegistryDenied() {
        AppSummary app = installWith(SimulatedFault.PULL_DENIED, InstallationStatus.FAILED);

        assertThat(app.statusReason())
                .startsWith("Pull denied")
                .contains("registry credentials")
                .contains("help#own-image");
    }

    @Test
    void explainsACrashOnStartWithTheLastLinesOfTheLog(CapturedOutput output) {
        AppSummary app = installWith(SimulatedFault.CRASH_ON_START, InstallationStatus.FAILED);

        assertThat(app.statusReason())
                .startsWith("Crashing on start: the app exited with code 1")
                .contains("3 restarts")
                .contains("Last log lines: Starting the app")
                .contains("ERROR: cannot open ./conf/app.xml");
        assertThat(output.getAll())
                .as("an app's log lines, which may print its env values, stay out of Slipway's log")
                .doesNotContain("cannot open ./conf/app.xml");
    }

    @Test
    void explainsOutOfMemoryAndSuggestsAHigherAllocation() {
        AppSummary app = installWith(SimulatedFault.OUT_OF_MEMORY, InstallationStatus.FAILED);

        assertThat(app.statusReason())
                .startsWith("Out of memory: the app needed more than 1638 MiB")
                .contains("higher allocation percentage")
                .contains("help#allocation");
    }

    @Test
    void explainsAnAppBlockedByTheQuota() {
        AppSummary app = installWith(SimulatedFault.QUOTA_EXCEEDED, InstallationStatus.FAILED);

        assertThat(app.statusReason())
                .startsWith("Blocked by quota: the team's pool has no room left")
                .contains("help#allocation");
    }

    @Test
    void explainsAVolumeThatIsNotReadyYet() {
        AppSummary app = installWith(SimulatedFault.VOLUME_PENDING, InstallationStatus.PENDING);

        assertThat(app.statusReason())
                .startsWith("Volume pending: the app waits for its persistent volume")
                .contains("help#persistence");
    }

    @Test
    void explainsAPodThatPodSecurityRejected() {
        AppSummary app = installWith(SimulatedFault.POD_SECURITY, InstallationStatus.FAILED);

        assertThat(app.statusReason())
                .startsWith("Rejected by pod security")
                .contains("violates PodSecurity \"baseline:latest\"")
                .contains("runs without privileges");
    }

    @Test
    void showsTheFailureThatAnOwnImagesTagAsksForAndRecoversWhenEditedToAnotherVersion() {
        Member member = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        UUID id = installations.installOwnImage(
                member.userId(), ownImage("shop", "registry.example.com/acme/shop:simulate-crash"));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(onlyApp(member).status()).isEqualTo(InstallationStatus.FAILED));
        assertThat(onlyApp(member).statusReason()).startsWith("Crashing on start");

        InstallRequest fixed = editing.start(member.userId(), id).request();
        fixed.setTag("1.4");
        editing.edit(member.userId(), id, fixed);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(onlyApp(member))
                        .satisfies(app -> assertThat(app.status()).isEqualTo(InstallationStatus.RUNNING))
                        .satisfies(
                                app -> assertThat(app.imageWithTag()).isEqualTo("registry.example.com/acme/shop:1.4")));
    }

    @ParameterizedTest
    @CsvSource({
        "registry.example.com/acme/shop:simulate-missing, IMAGE_NOT_FOUND",
        "shop:simulate-denied, PULL_DENIED",
        "localhost:5000/shop:simulate-oom, OUT_OF_MEMORY",
        "localhost:5000/shop:simulate-quota, QUOTA_EXCEEDED",
        "shop:simulate-volume-pending, VOLUME_PENDING",
        "shop:simulate-pod-security, POD_SECURITY",
        "shop:simulate-anything, NONE",
        "localhost:5000/simulate-crash, NONE",
        "shop@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef, NONE",
        "shop, NONE"
    })
    void readsTheFaultFromTheImagesTagOnly(String image, SimulatedFault expected) {
        assertThat(SimulatedFault.ofImage(image)).isEqualTo(expected);
    }

    private AppSummary installWith(SimulatedFault fault, InstallationStatus expected) {
        Member member = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        node.simulate(member.team().namespace(), "sample", fault);

        installations.install(member.userId(), "lightstreamer", lightstreamer("sample", 20));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(onlyApp(member))
                        .satisfies(app -> assertThat(app.status()).isEqualTo(expected))
                        .satisfies(app -> assertThat(app.statusReason()).doesNotStartWith("Accepted"))
                        .satisfies(app -> assertThat(app.statusReason()).doesNotStartWith("Pending: the cluster")));
        return onlyApp(member);
    }

    private AppSummary onlyApp(Member member) {
        return installations.appsOf(member.userId()).getFirst();
    }
}
