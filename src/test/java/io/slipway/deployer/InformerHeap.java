package io.slipway.deployer;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.util.List;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The heap a second set of the deployer's informers holds: what the live heap gains from their start to their sync,
 * both counted after a full collection, so that what the sync allocated and dropped does not count.
 *
 * <p>Not what the heap loses when they are closed: a closed informer's cache stays reachable from its watch's
 * connection until the embedded server has closed it, seconds later, so that difference came out near zero.
 */
final class InformerHeap {

    /**
     * @param held bytes the informers held once synced
     * @param heapBefore live heap before they started
     * @param heapAfter live heap after they were closed and dropped: the application, the database and the API server
     * @param syncNanos from starting them to synced, their initial lists included
     */
    record Measured(long held, long heapBefore, long heapAfter, long syncNanos) {}

    private InformerHeap() {}

    /** Starts {@link ClusterWatch}'s informers, waits until they cached {@code apps} Deployments, and measures. */
    static Measured measure(KubernetesClient client, int apps) throws InterruptedException {
        long before = liveHeap();
        long start = System.nanoTime();
        ClusterWatch informers = new ClusterWatch(client);
        informers.start();
        while (!informers.synced() || informers.deployments().getStore().list().size() < apps) {
            Thread.sleep(200);
        }
        long sync = System.nanoTime() - start;
        Thread.sleep(2_000);
        long withInformers = liveHeap();
        // Their caches, not just the informers: a closed informer's cache stays reachable from its watch's connection
        // until the embedded server has closed it
        List<WeakReference<Object>> closed = informers.informers().stream()
                .map(informer -> new WeakReference<Object>(informer.getStore()))
                .toList();
        informers.stop();
        informers = null;
        // Wait for them to go, so that the next measurement starts without them
        for (int i = 0; closed.stream().anyMatch(informer -> informer.get() != null); i++) {
            if (i == 120) {
                throw new IllegalStateException("Closed informers' caches still reachable after two minutes");
            }
            Thread.sleep(1_000);
            System.gc();
        }
        long after = liveHeap();
        return new Measured(withInformers - before, before, after, sync);
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
