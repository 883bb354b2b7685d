package io.slipway.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.SlipwayTest;
import io.slipway.installation.Access;
import io.slipway.installation.AppLifecycle;
import io.slipway.installation.InstallRejected;
import io.slipway.installation.InstallRequest;
import io.slipway.installation.InstallationService;
import io.slipway.plan.Allocation;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@SlipwayTest
class CatalogAdminTest {

    @Autowired
    CatalogAdmin catalogAdmin;

    @Autowired
    Catalog catalog;

    @Autowired
    InstallationService installations;

    @Autowired
    AppLifecycle lifecycle;

    @Autowired
    Fixtures fixtures;

    @Autowired
    KubernetesClient kubernetes;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void addsAnEntryThatMembersFindAndInstall() {
        String id = uniqueId();
        CatalogItem added = catalogAdmin.create(fixtures.platformAdmin(), whoami(id));

        assertThat(catalog.search("whoami", null)).extracting(CatalogItem::id).contains(id);
        assertThat(added.tags()).containsExactly("v1.10", "latest");
        assertThat(added.envHints()).containsExactly(new EnvHint("WHOAMI_NAME", "The name it answers with", "demo"));

        Member alice = fixtures.newAdmin("Premium", new Allocation(2000, 4096, 0));
        installations.install(alice.userId(), id, install("who"));
        Container container = awaitDeployment(alice, "who", d -> true)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .getFirst();
        assertThat(container.getImage()).isEqualTo("traefik/whoami:v1.10");
        assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/health");
    }

    @Test
    void changesAnEntryButNotItsId() {
        String id = uniqueId();
        catalogAdmin.create(fixtures.platformAdmin(), whoami(id));
        CatalogRequest change = CatalogRequest.of(catalog.find(id).orElseThrow());
        change.setId("another-id");
        change.setName("Who am I?");
        change.setTags("v1.11, v1.10");

        catalogAdmin.update(fixtures.platformAdmin(), id, change);

        CatalogItem changed = catalog.find(id).orElseThrow();
        assertThat(changed.name()).isEqualTo("Who am I?");
        assertThat(changed.defaultTag()).isEqualTo("v1.11");
        assertThat(catalog.find("another-id")).isEmpty();
    }

    @Test
    void hidingAnEntryStopsNewInstallsAndLeavesInstalledAppsAsTheyAre() {
        String id = uniqueId();
        catalogAdmin.create(fixtures.platformAdmin(), whoami(id));
        Member alice = fixtures.newAdmin("Premium", new Allocation(2000, 4096, 0));
        UUID app = installations.install(alice.userId(), id, install("kept"));
        awaitDeployment(alice, "kept", d -> true);

        catalogAdmin.setHidden(fixtures.platformAdmin(), id, true);

        assertThat(catalog.search("", null)).extracting(CatalogItem::id).doesNotContain(id);
        assertThatThrownBy(() -> installations.install(alice.userId(), id, install("refused")))
                .isInstanceOf(InstallRejected.class);
        // Stopping re-applies the app from the database: its probes still come from the hidden entry
        lifecycle.stop(alice.userId(), app);
        Deployment stopped = awaitDeployment(alice, "kept", d -> d.getSpec().getReplicas() == 0);
        assertThat(stopped.getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .getFirst()
                        .getReadinessProbe()
                        .getHttpGet()
                        .getPath())
                .isEqualTo("/health");

        catalogAdmin.setHidden(fixtures.platformAdmin(), id, false);
        assertThat(catalog.find(id)).isPresent();
    }

    @Test
    void refusesEachBadFieldAndSavesNothing() {
        long before = jdbc.queryForObject("select count(*) from catalog_entry", Long.class);

        rejects(CatalogField.ID, r -> r.setId("Bad_Id"));
        rejects(CatalogField.ID, r -> r.setId("custom"));
        rejects(CatalogField.ID, r -> r.setId("lightstreamer"));
        rejects(CatalogField.NAME, r -> r.setName(" "));
        rejects(CatalogField.IMAGE, r -> r.setImage("nginx:latest"));
        rejects(CatalogField.IMAGE, r -> r.setImage("UPPER/case"));
        rejects(CatalogField.IMAGE, r -> r.setImage("--privileged"));
        rejects(CatalogField.IMAGE, r -> r.setImage("nginx;rm -rf /"));
        rejects(CatalogField.TAGS, r -> r.setTags(" , "));
        rejects(CatalogField.TAGS, r -> r.setTags("1.0, 1.0"));
        rejects(CatalogField.PORT, r -> r.setPort("0"));
        rejects(CatalogField.PORT, r -> r.setPort("80a"));
        rejects(CatalogField.HEALTH_PATH, r -> r.setProtocol(Protocol.TCP));
        rejects(CatalogField.HEALTH_PATH, r -> r.setHealthPath("health"));
        rejects(CatalogField.DATA_MOUNT_PATH, r -> r.setDataMountPath("/"));
        rejects(CatalogField.DOCS_URL, r -> r.setDocsUrl("ftp://example.com"));
        rejects(CatalogField.RUN_AS_USER, r -> r.setRunAsUser("0"));
        rejects(CatalogField.ENV_HINTS, r -> r.setEnvHints("1ABC | starts with a digit"));
        rejects(CatalogField.ENV_HINTS, r -> r.setEnvHints("A | one\nA | twice"));

        assertThat(jdbc.queryForObject("select count(*) from catalog_entry", Long.class))
                .isEqualTo(before);
    }

    @Test
    void refusesEveryoneButPlatformAdmins() {
        Member alice = fixtures.newAdmin("Premium", new Allocation(2000, 4096, 0));
        String id = uniqueId();

        assertThatThrownBy(() -> catalogAdmin.create(alice.userId(), whoami(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalogAdmin.entries(alice.userId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalogAdmin.setHidden(alice.userId(), "lightstreamer", true))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(catalog.find("lightstreamer")).isPresent();
        assertThat(catalog.find(id)).isEmpty();
    }

    private void rejects(CatalogField field, Consumer<CatalogRequest> change) {
        CatalogRequest request = whoami(uniqueId());
        change.accept(request);
        assertThatThrownBy(() -> catalogAdmin.create(fixtures.platformAdmin(), request))
                .isInstanceOfSatisfying(
                        CatalogRejected.class,
                        rejected -> assertThat(rejected.errors())
                                .extracting(CatalogFieldError::field)
                                .containsExactly(field));
    }

    private Deployment awaitDeployment(Member member, String name, java.util.function.Predicate<Deployment> state) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> kubernetes
                                .apps()
                                .deployments()
                                .inNamespace(member.team().namespace())
                                .withName(name)
                                .get(),
                        d -> d != null && state.test(d));
    }

    static CatalogRequest whoami(String id) {
        CatalogRequest request = new CatalogRequest();
        request.setId(id);
        request.setName("Whoami");
        request.setDescription("A tiny web server that answers with what it knows about the request.");
        request.setCategory("Tools");
        request.setImage("traefik/whoami");
        request.setTags("v1.10, latest");
        request.setPort("80");
        request.setProtocol(Protocol.HTTP);
        request.setHealthPath("/health");
        request.setDocsUrl("https://hub.docker.com/r/traefik/whoami");
        request.setEnvHints("WHOAMI_NAME | The name it answers with | demo");
        return request;
    }

    static String uniqueId() {
        return "whoami-" + System.nanoTime() % 1_000_000_000L;
    }

    private static InstallRequest install(String name) {
        InstallRequest request = new InstallRequest();
        request.setName(name);
        request.setTag("v1.10");
        request.setPercent(10);
        request.setProtocol(Protocol.HTTP);
        request.setPort("80");
        request.setAccess(Access.PUBLIC);
        return request;
    }
}
