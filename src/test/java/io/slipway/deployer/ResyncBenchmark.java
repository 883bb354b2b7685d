package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.SlipwayTest;
import io.slipway.catalog.Protocol;
import io.slipway.deployer.embedded.EmbeddedCluster;
import io.slipway.installation.Access;
import io.slipway.installation.AppRows;
import io.slipway.installation.AppRows.CatalogApp;
import io.slipway.installation.DesiredApp;
import io.slipway.installation.DesiredApps;
import io.slipway.plan.Plans;
import io.slipway.team.TeamRows;
import io.slipway.team.TeamRows.SeededTeam;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A full resync of many teams' apps with nothing changed, measured (never asserted): run with {@code ./mvnw -Pbench
 * verify -Dtest=ResyncBenchmark}; scale with {@code -Dbench.teams} and {@code -Dbench.apps-per-team}. The teams and
 * apps are written to the database in JDBC batches and their objects put straight into the embedded cluster, as
 * Slipway's builders make them: the install path would take hours at 10,000 apps. The informers are not told of
 * those objects; the resync lists what it compares, so it does not need them. Then one running pod per app and its
 * start events are seeded as the simulated node makes them, and the heap a second set of the deployer's informers
 * holds over all that is measured ({@link InformerHeap}).
 */
@Tag("bench")
@SlipwayTest
@TestPropertySource(
        properties = {
            // A database of its own: other benchmarks in the same JVM leave thousands of apps in the shared one
            "spring.datasource.url=jdbc:h2:mem:slipway-resync-bench;DB_CLOSE_DELAY=-1",
            "logging.level.io.fabric8.mockwebserver=WARN",
            "logging.level.io.slipway=WARN",
            // Names every object a resync writes
            "logging.level.io.slipway.deployer.ObjectSync=INFO",
            "logging.level.org.springframework.modulith=WARN",
            "slipway.kubernetes.resync-interval=1h"
        })
class ResyncBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ResyncBenchmark.class);

    private final int teamCount = Integer.getInteger("bench.teams", 1000);
    private final int appsPerTeam = Integer.getInteger("bench.apps-per-team", 10);

    @Autowired
    EmbeddedCluster cluster;

    @Autowired
    KubernetesClient kubernetes;

    @Autowired
    TeamRows teamRows;

    @Autowired
    AppRows appRows;

    @Autowired
    DesiredApps desiredApps;

    @Autowired
    Plans plans;

    @Autowired
    DeployerProperties properties;

    @Autowired
    Resync resync;

    @Autowired
    SimulatedNode node;

    @Autowired
    ClusterWatch watch;

    @Autowired
    JdbcTemplate jdbc;

    private final List<String[]> table = new ArrayList<>();

    @Test
    void measure() throws InterruptedException {
        // Pods of 10,000 apps and their status writes would load the API server the resync is measured against
        node.stop();
        long start = System.nanoTime();
        List<SeededTeam> teams = teamRows.seed("premium", "r", teamCount);
        List<UUID> ids = appRows.seedRunning(apps(teams));
        long rows = System.nanoTime() - start;
        List<HasMetadata> objects = objectsOf(teams, ids);
        long built = System.nanoTime() - start - rows;
        cluster.seed(objects);
        recordNodePorts();
        long populate = System.nanoTime() - start;
        int apps = desiredApps.allIds().size();
        row("populate " + teamCount + " teams × " + appsPerTeam + " apps", ms(populate));
        row("  of which database rows (JDBC batches)", ms(rows));
        row("  of which reading each app's desired state and building its objects", ms(built));
        row("  objects put into the API server", String.valueOf(objects.size()));

        resyncMeasured("first full resync of " + apps + " apps after populating, nothing changed", apps);
        resyncMeasured("second full resync of " + apps + " apps, nothing changed", apps);
        long lists = System.nanoTime();
        int listed = resync.listManaged().size();
        row(
                "  the resync's " + Resync.LISTED.size() + " lists alone (" + listed + " objects)",
                ms(System.nanoTime() - lists));

        // After the resyncs, so that their lists do not also scan the pods and events on the embedded server
        // The running informers were never told of the seeded objects, but would take them all in if a watch of
        // theirs broke and they listed again, during the measurement; the second set below stands in for them
        watch.stop();
        List<Pod> pods = runningPods(objects);
        cluster.seed(pods);
        heapMeasured("one running pod per app, no events", apps);
        List<Event> events = startEvents(pods);
        cluster.seed(events);
        long distinct = events.stream()
                .map(event -> event.getMetadata().getNamespace() + "/"
                        + event.getMetadata().getName())
                .distinct()
                .count();
        row(
                "  pods / events (Scheduled, Pulled, Started per pod) put into the API server",
                pods.size() + " / " + distinct);
        heapMeasured("one running pod and its " + events.size() / pods.size() + " start events per app", apps);
        print();
    }

    /** Seeded Deployments have no controller to report them, so they carry the status the node would write. */
    private static Deployment available(Deployment deployment) {
        deployment.setStatus(SimulatedNode.availableStatus(1L, StatusReasons.desiredReplicas(deployment)));
        return deployment;
    }

    /** One pod per Deployment, as the simulated node makes it and its kubelet reports it started. */
    private static List<Pod> runningPods(List<HasMetadata> objects) {
        List<Pod> pods = new ArrayList<>();
        for (HasMetadata object : objects) {
            if (object instanceof Deployment deployment) {
                String hash = SimulatedNode.templateHash(deployment);
                pods.add(SimulatedKubelet.ready(SimulatedNode.newPod(deployment, hash, SimulatedFault.NONE)));
            }
        }
        return pods;
    }

    private static List<Event> startEvents(List<Pod> pods) {
        List<Event> events = new ArrayList<>();
        for (Pod pod : pods) {
            events.add(SimulatedKubelet.scheduledEvent(pod));
            events.addAll(SimulatedKubelet.startedEvents(pod));
        }
        return events;
    }

    private void heapMeasured(String what, int apps) throws InterruptedException {
        InformerHeap.Measured heap = InformerHeap.measure(kubernetes, apps);
        row(
                "heap held by a second set of the deployer's informers, " + what,
                mib(heap.held())
                        + String.format(" (%.1f KiB per app; goal ≤ 256 MB for 10,000)", heap.held() / 1024.0 / apps));
        row("  from starting them to synced (their initial lists)", ms(heap.syncNanos()));
        row(
                "  whole JVM live heap before starting them / after dropping them (app, H2, the embedded API server)",
                mib(heap.heapBefore()) + " / " + mib(heap.heapAfter()));
    }

    /** Per team: public HTTP apps, then one public TCP app (a node port) and one private app. */
    private List<CatalogApp> apps(List<SeededTeam> teams) {
        List<CatalogApp> apps = new ArrayList<>();
        int percent = 100 / appsPerTeam;
        for (SeededTeam seeded : teams) {
            UUID team = seeded.team().id();
            UUID owner = seeded.adminId();
            for (int a = 0; a < appsPerTeam; a++) {
                String name = "a" + a;
                if (a == appsPerTeam - 2) {
                    apps.add(new CatalogApp(team, owner, name, percent, Protocol.TCP, Access.PUBLIC));
                } else if (a == appsPerTeam - 1) {
                    apps.add(new CatalogApp(team, owner, name, percent, Protocol.HTTP, Access.PRIVATE));
                } else {
                    apps.add(new CatalogApp(team, owner, name, percent, Protocol.HTTP, Access.PUBLIC));
                }
            }
        }
        return apps;
    }

    /** What {@link TeamNamespaces} and {@link AppObjects} would have written for each team and app. */
    private List<HasMetadata> objectsOf(List<SeededTeam> teams, List<UUID> ids) {
        List<HasMetadata> objects = new ArrayList<>();
        for (SeededTeam seeded : teams) {
            objects.addAll(DesiredTeamObjects.of(
                    seeded.team(), plans.byId(seeded.team().planId()).pool()));
        }
        for (UUID id : ids) {
            DesiredApp app = desiredApps.find(id).orElseThrow();
            objects.add(DesiredEnvSecret.of(app));
            objects.add(available(DesiredDeployment.of(app)));
            objects.add(DesiredNetwork.service(app));
            if (app.hostname() != null) {
                objects.add(DesiredNetwork.ingress(app));
            }
            if (app.access() == Access.PUBLIC) {
                objects.add(DesiredNetwork.publicPolicy(app, properties.publicTraffic()));
            }
        }
        return objects;
    }

    /** Stores the node ports the cluster assigned, as the deployer does after applying a public TCP app. */
    private void recordNodePorts() {
        List<Object[]> ports = new ArrayList<>();
        for (Service service : kubernetes
                .services()
                .inAnyNamespace()
                .withLabel(Labels.MANAGED_BY, Labels.SLIPWAY)
                .list()
                .getItems()) {
            Integer port = DesiredNetwork.nodePort(service);
            if (port != null) {
                ports.add(new Object[] {port, UUID.fromString(Labels.installation(service))});
            }
        }
        jdbc.batchUpdate("update installation set node_port = ? where id = ?", ports);
    }

    private void resyncMeasured(String what, int apps) {
        long writes = cluster.writeRequests();
        long requests = cluster.requests();
        long start = System.nanoTime();
        int failures = resync.resyncAll();
        long wall = System.nanoTime() - start;
        row(what + ": wall time", ms(wall));
        row("  per app", String.format("%.2f ms", wall / 1e6 / apps));
        row("  write requests (goal 0)", String.valueOf(cluster.writeRequests() - writes));
        row("  requests in all", String.valueOf(cluster.requests() - requests));
        row("  teams and apps that failed", String.valueOf(failures));
    }

    private static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    private static String ms(long nanos) {
        return String.format("%.1f ms", nanos / 1e6);
    }

    private void row(String what, String value) {
        table.add(new String[] {what, value});
    }

    private void print() {
        StringBuilder out = new StringBuilder("\n| measure | Slipway |\n|---|---|\n");
        for (String[] row : table) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        out.append("\nJava ")
                .append(Runtime.version())
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs, max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024))
                .append(" MiB\n");
        log.warn("Resync benchmark{}", out);
    }
}
