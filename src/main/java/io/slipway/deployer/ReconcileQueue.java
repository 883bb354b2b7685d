package io.slipway.deployer;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that informers found (an app or a team whose objects drifted), done one at a time on the leader. A key
 * waiting in the queue is not queued twice; a failed try is retried after an exponential backoff with a cap,
 * so a broken cluster never makes the deployer loop hot.
 */
class ReconcileQueue {

    private static final Logger log = LoggerFactory.getLogger(ReconcileQueue.class);

    /** Something to reconcile: an app by installation id, or a team by slug. */
    record Key(String kind, String id) {

        static Key app(String installationId) {
            return new Key("app", installationId);
        }

        static Key team(String slug) {
            return new Key("team", slug);
        }
    }

    private final DeployerProperties properties;
    private final Leadership leadership;
    private final Function<Key, Boolean> work;
    private final Map<Key, Boolean> queued = new ConcurrentHashMap<>();
    private final Map<Key, Integer> failures = new ConcurrentHashMap<>();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "reconcile-queue");
        thread.setDaemon(true);
        return thread;
    });

    /** @param work does the key's work; false (or an exception) means "try again later" */
    ReconcileQueue(DeployerProperties properties, Leadership leadership, Function<Key, Boolean> work) {
        this.properties = properties;
        this.leadership = leadership;
        this.work = work;
    }

    void add(Key key) {
        schedule(key, Duration.ZERO);
    }

    private void schedule(Key key, Duration delay) {
        if (!leadership.isLeader() || worker.isShutdown() || queued.putIfAbsent(key, Boolean.TRUE) != null) {
            return;
        }
        worker.schedule(() -> run(key), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run(Key key) {
        queued.remove(key);
        if (!leadership.isLeader()) {
            failures.remove(key);
            return;
        }
        boolean done;
        try {
            done = work.apply(key);
        } catch (RuntimeException e) {
            log.warn("Could not reconcile {} {}: {}", key.kind(), key.id(), e.getMessage());
            done = false;
        }
        if (done) {
            failures.remove(key);
            return;
        }
        int attempt = failures.merge(key, 1, Integer::sum);
        Duration delay = properties.backoff(attempt);
        log.debug("Retrying {} {} in {} (attempt {})", key.kind(), key.id(), delay, attempt + 1);
        schedule(key, delay);
    }

    void stop() {
        worker.shutdownNow();
    }
}
