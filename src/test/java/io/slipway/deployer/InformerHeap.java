package io.slipway.deployer;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.util.List;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The heap a second set of the deployer's informers holds: what the live heap loses when they are closed and
 * dropped, measured that way so that allocations of the running application during their sync do not count.
 */
final class InformerHeap {

    /**
     * @param held bytes the informers held once synced
     * @param heapAfter live heap after they were dropped: the application, the database and the API server
     * @param syncNanos from starting them to synced, their initial lists included
     */
    record Measured(long held, long heapAfter, long syncNanos) {}

    private InformerHeap() {}

    /** Starts {@link ClusterWatch}'s informers, waits until they cached {@code apps} Deployments, and measures. */
    static Measured measure(KubernetesClient client, int apps) throws InterruptedException {
        long start = System.nanoTime();
        ClusterWatch informers = new ClusterWatch(client);
        informers.start();
        while (!informers.synced() || informers.deployments().getStore().list().size() < apps) {
            Thread.sleep(200);
        }
        long sync = System.nanoTime() - start;
        Thread.sleep(2_000);
        long withInformers = liveHeap();
        List<WeakReference<Object>> closed = informers.informers().stream()
                .map(informer -> new WeakReference<Object>(informer))
                .toList();
        informers.stop();
        informers = null;
        // A closed informer stays reachable until its watch has closed, which the embedded server may take seconds
        // to do after a large list; measured before that, the heap still holds its cache
        for (int i = 0; closed.stream().anyMatch(informer -> informer.get() != null); i++) {
            if (i == 60) {
                throw new IllegalStateException("Closed informers still reachable after a minute");
            }
            Thread.sleep(1_000);
            System.gc();
        }
        long after = liveHeap();
        return new Measured(withInformers - after, after, sync);
    }

    /**
     * The bytes of live objects, as {@code jcmd GC.class_histogram} counts them after its full collection. The heap
     * in use after {@code System.gc()} is no measure here: with 10,000 apps' informers open it ran 130–150 MB above
     * this count, garbage that the histogram's collection then freed, so it inflated what they hold.
     */
    private static long liveHeap() {
        try {
            String histogram = (String) ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {null},
                            new String[] {String[].class.getName()});
            // The last line is the total: "Total <instances> <bytes>"
            String[] lines = histogram.strip().split("\n");
            return Long.parseLong(lines[lines.length - 1].strip().split("\\s+")[2]);
        } catch (JMException e) {
            throw new IllegalStateException("Could not read the class histogram", e);
        }
    }
}
