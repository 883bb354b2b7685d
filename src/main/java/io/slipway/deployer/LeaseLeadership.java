package io.slipway.deployer;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElectionConfigBuilder;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElector;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaseLock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Leader election on the Lease {@code slipway-deployer} with fabric8's {@link LeaderElector}. A replica that
 * loses the lease stops writing at once and runs for it again.
 */
class LeaseLeadership implements Leadership, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LeaseLeadership.class);
    static final String LEASE = "slipway-deployer";

    private final KubernetesClient client;
    private final String namespace;
    private final String identity;
    private final DeployerProperties.LeaderElection settings;
    private final AtomicBoolean leader = new AtomicBoolean();
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "leader-election");
        thread.setDaemon(true);
        return thread;
    });
    private volatile CompletableFuture<?> election;
    private volatile boolean running;

    LeaseLeadership(
            KubernetesClient client, String namespace, String identity, DeployerProperties.LeaderElection settings) {
        this.client = client;
        this.namespace = namespace;
        this.identity = identity;
        this.settings = settings;
    }

    @Override
    public boolean isLeader() {
        return leader.get();
    }

    String identity() {
        return identity;
    }

    @Override
    public void start() {
        running = true;
        run();
    }

    private void run() {
        if (!running) {
            return;
        }
        LeaderElector elector = new LeaderElector(
                client,
                new LeaderElectionConfigBuilder()
                        .withName(LEASE)
                        .withLock(new LeaseLock(namespace, LEASE, identity))
                        .withLeaseDuration(settings.leaseDuration())
                        .withRenewDeadline(settings.renewDeadline())
                        .withRetryPeriod(settings.retryPeriod())
                        .withReleaseOnCancel(true)
                        .withLeaderCallbacks(new LeaderCallbacks(this::started, this::stopped, this::newLeader))
                        .build(),
                executor);
        election = elector.start();
        // The elector gives up once it loses the lease; run for it again
        election.whenComplete((result, error) -> {
            leader.set(false);
            if (running) {
                CompletableFuture.delayedExecutor(settings.retryPeriod().toMillis(), TimeUnit.MILLISECONDS)
                        .execute(this::run);
            }
        });
    }

    private void started() {
        leader.set(true);
        log.info("Leading the deployer as {}: this replica now writes to the cluster", identity);
    }

    private void stopped() {
        leader.set(false);
        log.info("Stopped leading the deployer as {}", identity);
    }

    private void newLeader(String who) {
        if (!identity.equals(who)) {
            log.info("The deployer's leader is now {}", who);
        }
    }

    @Override
    public void stop() {
        running = false;
        leader.set(false);
        if (election != null) {
            election.cancel(true);
        }
        executor.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
