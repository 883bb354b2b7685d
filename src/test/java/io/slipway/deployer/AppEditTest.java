package io.slipway.deployer;

import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.SlipwayTest;
import io.slipway.installation.AppActionRefused;
import io.slipway.installation.AppDirectory;
import io.slipway.installation.AppEdit;
import io.slipway.installation.AppEditing;
import io.slipway.installation.EnvVar;
import io.slipway.installation.InstallField;
import io.slipway.installation.InstallRejected;
import io.slipway.installation.InstallRequest;
import io.slipway.installation.InstallationService;
import io.slipway.installation.InstallationStatus;
import io.slipway.plan.Allocation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Edit checks like install, keeps env values not typed again, and rolls exactly the edited app. */
@SlipwayTest
class AppEditTest {

    @Autowired
    KubernetesClient kubernetes;

    @Autowired
    InstallationService installations;

    @Autowired
    AppEditing editing;

    @Autowired
    AppDirectory directory;

    @Autowired
    Fixtures fixtures;

    private Member owner;
    private String namespace;
    private UUID app;

    @BeforeEach
    void installTwoApps() {
        owner = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        namespace = owner.team().namespace();
        InstallRequest request = lightstreamer("edited", 60);
        request.setEnv(List.of(new EnvVar("API_KEY", "s3cret"), new EnvVar("MODE", "fast")));
        app = installations.install(owner.userId(), "lightstreamer", request);
        installations.install(owner.userId(), "lightstreamer", lightstreamer("bystander", 30));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(installations.appsOf(owner.userId()))
                        .allSatisfy(a -> assertThat(a.status()).isEqualTo(InstallationStatus.RUNNING)));
    }

    @Test
    void startsFromTheAppsSettingsWithEnvValuesHiddenAndItsOwnShareFree() {
        AppEdit edit = editing.start(owner.userId(), app);

        assertThat(edit.request().getName()).isEqualTo("edited");
        assertThat(edit.request().getPercent()).isEqualTo(60);
        assertThat(edit.request().getEnv()).containsExactly(new EnvVar("API_KEY", null), new EnvVar("MODE", null));
        assertThat(edit.context().leftPercent()).isEqualTo(70);
    }

    @Test
    void rollsOnlyTheEditedAppWithTheNewVersionAndShare() {
        Map<String, String> bystander = ObjectVersions.of(kubernetes, namespace, "bystander");
        Map<String, String> unchanged = ObjectVersions.of(kubernetes, namespace, "edited");
        unchanged.remove("Deployment/edited");
        String pod = podNames("edited").getFirst();
        InstallRequest request = editing.start(owner.userId(), app).request();
        request.setTag("7.4");
        request.setPercent(70);

        editing.edit(owner.userId(), app, request);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Deployment deployment = deployment("edited");
            var container =
                    deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
            assertThat(container.getImage()).isEqualTo("lightstreamer:7.4");
            assertThat(container.getResources().getLimits()).containsEntry("cpu", new Quantity("2800m"));
            assertThat(podNames("edited")).hasSize(1).doesNotContain(pod);
        });
        assertThat(ObjectVersions.of(kubernetes, namespace, "bystander")).isEqualTo(bystander);
        Map<String, String> edited = ObjectVersions.of(kubernetes, namespace, "edited");
        edited.remove("Deployment/edited");
        assertThat(edited)
                .as("a new version and share change only the Deployment")
                .isEqualTo(unchanged);
        assertThat(directory.find(owner.userId(), app).percent()).isEqualTo(70);
    }

    @Test
    void keepsEnvValuesNotTypedAgainAndReplacesThoseThatWere() {
        InstallRequest request = editing.start(owner.userId(), app).request();
        List<EnvVar> env = new ArrayList<>(request.getEnv());
        env.set(1, new EnvVar("MODE", "safe"));
        env.add(new EnvVar("REGION", "eu"));
        request.setEnv(env);

        editing.edit(owner.userId(), app, request);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(secret("edited"))
                        .isEqualTo(Map.of("API_KEY", "s3cret", "MODE", "safe", "REGION", "eu")));
    }

    @Test
    void refusesAShareBeyondTheAllocationCountingOnlyTheOtherApps() {
        InstallRequest request = editing.start(owner.userId(), app).request();
        request.setPercent(71);
        request.setTag("7.3");

        assertThatThrownBy(() -> editing.edit(owner.userId(), app, request))
                .isInstanceOfSatisfying(
                        InstallRejected.class,
                        rejected -> assertThat(rejected.messageFor(InstallField.PERCENT))
                                .hasValue("Only 70 % of your allocation is left"));
        assertThat(directory.find(owner.userId(), app).tag()).isEqualTo("latest");
        assertThat(directory.find(owner.userId(), app).percent()).isEqualTo(60);
    }

    @Test
    void refusesBadInputAndANewNameAsInstallWouldAndChangesNothing() {
        String version = deployment("edited").getMetadata().getResourceVersion();
        InstallRequest request = editing.start(owner.userId(), app).request();
        request.setName("renamed");
        request.setPort("99999");
        request.setWorkingDir("relative/dir");
        request.setEnv(List.of(new EnvVar("UNKNOWN", null)));

        assertThatThrownBy(() -> editing.edit(owner.userId(), app, request))
                .isInstanceOfSatisfying(InstallRejected.class, rejected -> {
                    assertThat(rejected.messageFor(InstallField.NAME)).isPresent();
                    assertThat(rejected.messageFor(InstallField.PORT))
                            .hasValue("A port is a whole number from 1 to 65535");
                    assertThat(rejected.messageFor(InstallField.WORKING_DIR)).isPresent();
                    assertThat(rejected.messageFor(InstallField.ENV)).hasValue("Row 1: enter a value for UNKNOWN");
                });
        assertThat(deployment("edited").getMetadata().getResourceVersion()).isEqualTo(version);
        assertThat(secret("edited")).containsEntry("API_KEY", "s3cret");
    }

    @Test
    void refusesAMemberEditingAColleaguesApp() {
        Member bob = fixtures.newMember(owner.team(), new Allocation(1000, 2048, 0));
        InstallRequest request = editing.start(owner.userId(), app).request();

        assertThatThrownBy(() -> editing.start(bob.userId(), app)).isInstanceOf(AppActionRefused.class);
        assertThatThrownBy(() -> editing.edit(bob.userId(), app, request)).isInstanceOf(AppActionRefused.class);
    }

    private Deployment deployment(String name) {
        return kubernetes
                .apps()
                .deployments()
                .inNamespace(namespace)
                .withName(name)
                .get();
    }

    private List<String> podNames(String name) {
        return kubernetes.pods().inNamespace(namespace).withLabel(Labels.NAME, name).list().getItems().stream()
                .filter(pod -> pod.getMetadata().getDeletionTimestamp() == null)
                .map(pod -> pod.getMetadata().getName())
                .toList();
    }

    private Map<String, String> secret(String name) {
        Map<String, String> values = new TreeMap<>();
        kubernetes
                .secrets()
                .inNamespace(namespace)
                .withName(DesiredEnvSecret.name(name))
                .get()
                .getData()
                .forEach((key, value) ->
                        values.put(key, new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8)));
        return values;
    }
}
