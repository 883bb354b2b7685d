package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.slipway.Fixtures;
import io.slipway.SlipwayTest;
import io.slipway.catalog.Protocol;
import io.slipway.deployer.embedded.EmbeddedCluster;
import io.slipway.installation.Access;
import io.slipway.installation.DesiredApp;
import io.slipway.installation.DesiredApps;
import io.slipway.installation.InstallRequest;
import io.slipway.installation.InstallationService;
import io.slipway.installation.Persistence;
import io.slipway.plan.Resources;
import io.slipway.team.TeamSummary;
import io.slipway.team.Teams;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The deployer's speed and size, measured (never asserted): run with {@code ./mvnw -Pbench verify}. Prints a
 * table; the figures go into BENCHMARKS.md with the machine they ran on. Scale with {@code -Dbench.installs},
 * {@code -Dbench.install-teams} (teams populated through the install path, 50 by default: that path grows
 * quadratically on the embedded server, so the resync at 1,000 teams is {@link ResyncBenchmark}'s) and
 * {@code -Dbench.apps-per-team}.
 */
@Tag("bench")
@SlipwayTest
@TestPropertySource(
        properties = {
            "logging.level.io.fabric8.mockwebserver=WARN",
            "logging.level.io.slipway=WARN",
            "logging.level.org.springframework.modulith=WARN",
            "slipway.kubernetes.resync-interval=1h",
            "spring.jpa.properties.hibernate.generate_statistics=true"
        })
class DeployerBenchmark {

    private static final Logger log = LoggerFactory.getLogger(DeployerBenchmark.class);
    private static final String PASSWORD_HASH = "{noop}benchmark";

    private final int installs = Integer.getInteger("bench.installs", 500);
    private final int teamCount = Integer.getInteger("bench.install-teams", 50);
    private final int appsPerTeam = Integer.getInteger("bench.apps-per-team", 10);

    @Autowired
    EmbeddedCluster cluster;

    @Autowired
    DeployerProperties properties;

    @Autowired
    KubernetesClient kubernetes;

    @Autowired
    InstallationService installations;

    @Autowired
    DesiredApps desiredApps;

    @Autowired
    Teams teams;

    @Autowired
    Resync resync;

    @Autowired
    ClusterWatch watch;

    @Autowired
    SimulatedNode node;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private final List<String[]> table = new ArrayList<>();

    @Test
    void measure() throws Exception {
        // The node's pods and status writes are not the deployer's work; keep the API server for the deployer
        node.stop();
        installLatency();
        fullResyncAndHeap();
        print();
    }

    private void installLatency() throws Exception {
        List<TeamSummary> teamsForInstalls = newTeams("lat", (installs + 49) / 50);
        Map<String, CompletableFuture<Instant>> stored = new ConcurrentHashMap<>();
        try (var ignored = kubernetes.apps().deployments().inAnyNamespace().watch(new Watcher<>() {
            @Override
            public void eventReceived(Action action, Deployment deployment) {
                if (action == Action.ADDED) {
                    stored.computeIfAbsent(key(deployment), k -> new CompletableFuture<>())
                            .complete(Instant.now());
                }
            }

            @Override
            public void onClose(WatcherException cause) {}
        })) {
            long[] slipway = new long[installs];
            long[] accepted = new long[installs];
            long[] deployer = new long[installs];
            long[] bare = new long[installs];
            long[] bareReturned = new long[installs];
            Statistics statistics =
                    entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
            long statements = statistics.getPrepareStatementCount();
            try (KubernetesClient client = bareClient()) {
                for (int i = 0; i < installs; i++) {
                    TeamSummary team = teamsForInstalls.get(i / 50);
                    String name = "app" + i;
                    UUID owner = ownerOf(team);
                    Instant begin = Instant.now();
                    installations.install(owner, "lightstreamer", request(name, 2));
                    accepted[i] = Duration.between(begin, Instant.now()).toNanos();
                    slipway[i] = Duration.between(begin, seen(stored, team.namespace() + "/" + name))
                            .toNanos();
                    deployer[i] = slipway[i] - accepted[i];
                    // The bare client finishes all of an app's objects before the next; so does Slipway here, so
                    // that an install is not measured while the previous one's Service, Ingress and policy are written
                    awaitPublicationsComplete();

                    // Turn about with Slipway, so that both meet an API server holding as many objects
                    DesiredApp app = bareApp(team, "bare" + i);
                    Instant bareBegin = Instant.now();
                    createBare(client, app, bareReturned, i);
                    bare[i] = Duration.between(bareBegin, seen(stored, team.namespace() + "/" + app.name()))
                            .toNanos();
                }
            }
            double statementsPerInstall = (statistics.getPrepareStatementCount() - statements) / (double) installs;
            Arrays.sort(slipway);
            Arrays.sort(bare);
            Arrays.sort(bareReturned);
            Arrays.sort(accepted);
            Arrays.sort(deployer);
            row("install → Deployment stored, p50 (" + installs + " installs)", ms(p(slipway, 50)), ms(p(bare, 50)));
            row("install → Deployment stored, p99", ms(p(slipway, 99)), ms(p(bare, 99)));
            row(
                    "  bare client: its second create returned, p50 / p99 (earlier runs' bare figure)",
                    "",
                    ms(p(bareReturned, 50)) + " / " + ms(p(bareReturned, 99)));
            row("  of which the install's database transaction, p50 / p99", ms(p(accepted, 50)), ms(p(accepted, 99)));
            row("  of which commit → Deployment stored, p50 / p99", ms(p(deployer, 50)), ms(p(deployer, 99)));
            row(
                    "ratio Slipway / bare fabric8 client (goal ≤ 1.5×)",
                    String.format("%.2f× p50", (double) p(slipway, 50) / p(bare, 50)),
                    String.format("%.2f× p99", (double) p(slipway, 99) / p(bare, 99)));
            row(
                    "SQL statements per install (Hibernate's count, background work included)",
                    String.format("%.1f", statementsPerInstall),
                    "");
        }
    }

    /** A plain fabric8 client on its own connection, without database or events. */
    private KubernetesClient bareClient() {
        return new KubernetesClientBuilder()
                .withConfig(new io.fabric8.kubernetes.client.ConfigBuilder(io.fabric8.kubernetes.client.Config.empty())
                        .withMasterUrl(cluster.url())
                        .build())
                .build();
    }

    /**
     * The objects Slipway creates for the app, the Secret and the Deployment first, one after the other. Without
     * the managed-by label, so that Slipway's informers and resync leave them alone.
     */
    private void createBare(KubernetesClient client, DesiredApp app, long[] returned, int i) {
        long start = System.nanoTime();
        client.resource(unmanaged(DesiredEnvSecret.of(app))).create();
        client.resource(unmanaged(DesiredDeployment.of(app))).create();
        returned[i] = System.nanoTime() - start;
        client.resource(unmanaged(DesiredNetwork.service(app))).create();
        client.resource(unmanaged(DesiredNetwork.ingress(app))).create();
        client.resource(unmanaged(DesiredNetwork.publicPolicy(app, properties.publicTraffic())))
                .create();
    }

    private static <T extends HasMetadata> T unmanaged(T object) {
        Map<String, String> labels = new HashMap<>(object.getMetadata().getLabels());
        labels.remove(Labels.MANAGED_BY);
        object.getMetadata().setLabels(labels);
        return object;
    }

    /** When the benchmark's watch saw the Deployment added: the same yardstick for Slipway and the bare client. */
    private static Instant seen(Map<String, CompletableFuture<Instant>> stored, String key) throws Exception {
        return stored.computeIfAbsent(key, k -> new CompletableFuture<>()).get(30, TimeUnit.SECONDS);
    }

    private void fullResyncAndHeap() throws Exception {
        long startPopulate = System.nanoTime();
        List<TeamSummary> scaleTeams = newTeams("s", teamCount);
        for (TeamSummary team : scaleTeams) {
            UUID owner = ownerOf(team);
            for (int a = 0; a < appsPerTeam; a++) {
                installations.install(owner, "lightstreamer", request("a" + a, 100 / appsPerTeam));
            }
        }
        int apps = desiredApps.allIds().size();
        awaitDeployments(apps);
        long populate = System.nanoTime() - startPopulate;
        resync.resyncAll();

        long writes = cluster.writeRequests();
        long requests = cluster.requests();
        long start = System.nanoTime();
        resync.resyncAll();
        long wall = System.nanoTime() - start;
        row("populate " + teamCount + " teams × " + appsPerTeam + " apps through the install path", ms(populate), "");
        row("full resync of " + apps + " apps, nothing changed: wall time", ms(wall), "");
        row("  write requests", String.valueOf(cluster.writeRequests() - writes), "goal 0");
        row("  requests in all", String.valueOf(cluster.requests() - requests), "");

        // One pod per app, as the node would make; then a second set of the deployer's informers, measured from
        // empty to synced
        for (Deployment deployment : kubernetes
                .apps()
                .deployments()
                .inAnyNamespace()
                .withLabel(Labels.MANAGED_BY, Labels.SLIPWAY)
                .list()
                .getItems()) {
            kubernetes
                    .resource(new io.fabric8.kubernetes.api.model.PodBuilder()
                            .withNewMetadata()
                            .withName(deployment.getMetadata().getName() + "-bench")
                            .withNamespace(deployment.getMetadata().getNamespace())
                            .withLabels(deployment
                                    .getSpec()
                                    .getTemplate()
                                    .getMetadata()
                                    .getLabels())
                            .endMetadata()
                            .withSpec(deployment.getSpec().getTemplate().getSpec())
                            .build())
                    .create();
        }
        // Let the running deployer take in those pods (status reports) before measuring
        while (podCount() < apps) {
            Thread.sleep(200);
        }
        Thread.sleep(10_000);
        InformerHeap.Measured heap = InformerHeap.measure(kubernetes, apps);
        long held = heap.held();
        row(
                "heap held by a second set of the deployer's informers over " + apps + " apps (one pod each)",
                mib(held) + String.format(" (%.1f KiB per app)", held / 1024.0 / apps),
                "goal ≤ 256 MiB for 10,000");
        row("whole JVM live heap (app, H2, the embedded API server)", mib(heap.heapAfter()), "");
    }

    private void awaitPublicationsComplete() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline
                && jdbc.queryForObject(
                                "select count(*) from event_publication where completion_date is null", Integer.class)
                        > 0) {
            Thread.sleep(2);
        }
    }

    private int podCount() {
        return kubernetes
                .pods()
                .inAnyNamespace()
                .withLabel(Labels.MANAGED_BY, Labels.SLIPWAY)
                .list()
                .getItems()
                .size();
    }

    private void awaitDeployments(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (watch.deployments().getStore().list().size() >= expected) {
                return;
            }
            Thread.sleep(500);
        }
        log.warn("Gave up waiting for {} deployments", expected);
    }

    private List<TeamSummary> newTeams(String prefix, int count) {
        List<TeamSummary> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID user = UUID.randomUUID();
            jdbc.update(
                    "insert into user_account (id, username, password_hash, platform_admin, created_at)"
                            + " values (?, ?, ?, false, current_timestamp)",
                    user,
                    prefix + "u" + i + "-" + user.toString().substring(0, 6),
                    PASSWORD_HASH);
            created.add(teams.create(
                    "Bench " + i, prefix + i + "-" + user.toString().substring(0, 6), "Premium", user));
        }
        return created;
    }

    private UUID ownerOf(TeamSummary team) {
        return jdbc.queryForObject(
                "select user_id from membership where team_id = ? and role = 'ADMIN'", UUID.class, team.id());
    }

    private static InstallRequest request(String name, int percent) {
        InstallRequest request = Fixtures.lightstreamer(name, percent);
        return request;
    }

    private static DesiredApp bareApp(TeamSummary team, String name) {
        return new DesiredApp(
                UUID.randomUUID(),
                team.id(),
                team.slug(),
                team.namespace(),
                name,
                "lightstreamer",
                "latest",
                new Resources(160, 327),
                Protocol.HTTP,
                8080,
                List.of(),
                null,
                Access.PUBLIC,
                Persistence.EPHEMERAL,
                null,
                "/lightstreamer/healthcheck",
                10000,
                name + "-" + team.slug() + ".apps.test",
                null,
                false,
                null,
                null,
                null);
    }

    private static String key(Deployment deployment) {
        return deployment.getMetadata().getNamespace() + "/"
                + deployment.getMetadata().getName();
    }

    private static long p(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String ms(long nanos) {
        return String.format("%.1f ms", nanos / 1e6);
    }

    private static String mib(long bytes) {
        return String.format("%.0f MiB", bytes / (1024.0 * 1024.0));
    }

    private void row(String what, String slipway, String other) {
        table.add(new String[] {what, slipway, other});
    }

    private void print() {
        StringBuilder out = new StringBuilder("\n| measure | Slipway | bare client / goal |\n|---|---|---|\n");
        for (String[] row : table) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        out.append("\nJava ")
                .append(Runtime.version())
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs, max heap ")
                .append(mib(Runtime.getRuntime().maxMemory()))
                .append('\n');
        log.warn("Deployer benchmark{}", out);
    }
}
