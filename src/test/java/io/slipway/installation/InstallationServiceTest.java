package io.slipway.installation;

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
import io.slipway.plan.Allocation;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@SlipwayTest
class InstallationServiceTest {

    @Autowired
    InstallationService installations;

    @Autowired
    Fixtures fixtures;

    @Autowired
    KubernetesClient kubernetes;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sizesTheDeploymentAsAShareOfTheMembersOwnAllocation() {
        Member alice = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));

        installations.install(alice.userId(), "lightstreamer", lightstreamer("streams", 10));

        Deployment deployment = awaitDeployment(alice, "streams");
        var resources = deployment
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .getFirst()
                .getResources();
        assertThat(resources.getRequests()).containsEntry("cpu", new Quantity("400m"));
        assertThat(resources.getRequests()).containsEntry("memory", new Quantity("819Mi"));
        assertThat(resources.getLimits()).isEqualTo(resources.getRequests());
    }

    @Test
    void listsTheAppWithItsHostnameAndReachesRunning() {
        Member alice = fixtures.newAdmin("Premium", new Allocation(2000, 4096, 0));

        installations.install(alice.userId(), "lightstreamer", lightstreamer("live", 10));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(installations.appsOf(alice.userId()))
                        .singleElement()
                        .satisfies(app -> {
                            assertThat(app.status()).isEqualTo(InstallationStatus.RUNNING);
                            assertThat(app.hostname())
                                    .isEqualTo("live-" + alice.team().slug() + ".apps.test");
                            assertThat(app.resources().cpuMillis()).isEqualTo(200);
                            assertThat(app.resources().memoryMib()).isEqualTo(409);
                            assertThat(app.imageWithTag()).isEqualTo("lightstreamer:latest");
                        }));
    }

    @Test
    void refusesAShareBeyondWhatIsLeft() {
        Member bob = fixtures.newAdmin("Premium", new Allocation(2000, 4096, 0));
        installations.install(bob.userId(), "lightstreamer", lightstreamer("first", 60));

        assertThatThrownBy(() -> installations.install(bob.userId(), "nginx", nginx("second", 50)))
                .isInstanceOfSatisfying(
                        InstallRejected.class,
                        rejected -> assertThat(rejected.messageFor(InstallField.PERCENT))
                                .hasValue("Only 40 % of your allocation is left"));
        assertThat(installations.appsOf(bob.userId())).hasSize(1);
    }

    @Test
    void refusesAMemberWithoutAllocation() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member newcomer = fixtures.newMember(admin.team(), Allocation.NONE);

        assertRejectedAndNothingCreated(newcomer, "lightstreamer", lightstreamer("mine", 10), InstallField.PERCENT);
    }

    @Test
    void refusesAnAppNameTheTeamAlreadyUses() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member colleague = fixtures.newMember(admin.team(), new Allocation(2000, 4096, 0));
        installations.install(admin.userId(), "lightstreamer", lightstreamer("shared", 10));

        assertRejectedAndNothingCreated(colleague, "nginx", nginx("shared", 10), InstallField.NAME);
    }

    @Test
    void refusesMoreAppsThanThePlanAllows() {
        Member carol = fixtures.newAdmin("Free", new Allocation(1000, 2048, 0));
        for (String name : List.of("one", "two", "three")) {
            installations.install(carol.userId(), "nginx", nginx(name, 10));
        }

        assertRejectedAndNothingCreated(carol, "nginx", nginx("four", 10), InstallField.FORM);
    }

    @Test
    void refusesAnUnknownCatalogEntry() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));

        assertRejectedAndNothingCreated(admin, "no-such-app", lightstreamer("ghost-app", 10), InstallField.FORM);
    }

    @Test
    void refusesEachBadFieldWithAMessageAtThatField() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        String longName = "a".repeat(64);

        rejects(admin, InstallField.NAME, r -> r.setName(""));
        rejects(admin, InstallField.NAME, r -> r.setName("MyApp"));
        rejects(admin, InstallField.NAME, r -> r.setName(longName));
        rejects(admin, InstallField.NAME, r -> r.setName("-app"));
        rejects(admin, InstallField.NAME, r -> r.setName("app-"));
        rejects(admin, InstallField.TAG, r -> r.setTag("7.4.0-base"));
        rejects(admin, InstallField.PERCENT, r -> r.setPercent(0));
        rejects(admin, InstallField.PERCENT, r -> r.setPercent(101));
        rejects(admin, InstallField.PORT, r -> r.setPort("0"));
        rejects(admin, InstallField.PORT, r -> r.setPort("65536"));
        rejects(admin, InstallField.PORT, r -> r.setPort("80a"));
        rejects(admin, InstallField.ENV, r -> r.setEnv(List.of(new EnvVar("1ABC", "x"))));
        rejects(admin, InstallField.ENV, r -> r.setEnv(List.of(new EnvVar("A=B", "x"))));
        rejects(admin, InstallField.ENV, r -> r.setEnv(List.of(new EnvVar("KEY", "1"), new EnvVar("KEY", "2"))));
        rejects(admin, InstallField.WORKING_DIR, r -> r.setWorkingDir("relative/path"));
        rejects(admin, InstallField.ACCESS, r -> r.setAccess(null));
    }

    @Test
    void keepsEnvValuesEncryptedInTheDatabaseAndInASecretInTheCluster() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        InstallRequest request = lightstreamer("secretive", 10);
        request.setEnv(List.of(new EnvVar("API_TOKEN", "s3cr3t-value")));

        UUID id = installations.install(admin.userId(), "lightstreamer", request);

        String stored = jdbc.queryForObject("select env_sealed from installation where id = ?", String.class, id);
        assertThat(stored).startsWith("v1:").doesNotContain("s3cr3t-value").doesNotContain("API_TOKEN");
        var secret = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> kubernetes
                                .secrets()
                                .inNamespace(admin.team().namespace())
                                .withName("secretive-env")
                                .get(),
                        s -> s != null);
        assertThat(secret.getData()).containsEntry("API_TOKEN", "czNjcjN0LXZhbHVl");
        Deployment deployment = awaitDeployment(admin, "secretive");
        assertThat(deployment
                        .getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .getFirst()
                        .getEnv())
                .isNullOrEmpty();
    }

    private void rejects(Member member, InstallField field, Consumer<InstallRequest> spoil) {
        InstallRequest request = lightstreamer("valid-name", 10);
        spoil.accept(request);
        assertRejectedAndNothingCreated(member, "lightstreamer", request, field);
    }

    private void assertRejectedAndNothingCreated(
            Member member, String entryId, InstallRequest request, InstallField field) {
        int rowsBefore = rows(member);
        assertThatThrownBy(() -> installations.install(member.userId(), entryId, request))
                .isInstanceOfSatisfying(
                        InstallRejected.class,
                        rejected -> assertThat(rejected.messageFor(field))
                                .as("message at %s", field)
                                .isPresent());
        assertThat(rows(member)).isEqualTo(rowsBefore);
        // A deployment of that name may only be another, accepted app's (the duplicate-name case)
        Deployment sameName = kubernetes
                .apps()
                .deployments()
                .inNamespace(member.team().namespace())
                .withName(request.getName() == null || request.getName().isEmpty() ? "unnamed" : request.getName())
                .get();
        if (sameName != null) {
            String owner = sameName.getMetadata().getLabels().get("slipway.io/installation");
            assertThat(jdbc.queryForObject(
                            "select count(*) from installation where id = ?", Integer.class, UUID.fromString(owner)))
                    .isEqualTo(1);
        }
    }

    private int rows(Member member) {
        return jdbc.queryForObject(
                "select count(*) from installation where team_id = ?",
                Integer.class,
                member.team().id());
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

    private static InstallRequest nginx(String name, int percent) {
        InstallRequest request = lightstreamer(name, percent);
        request.setTag("latest");
        request.setPort("80");
        return request;
    }
}
