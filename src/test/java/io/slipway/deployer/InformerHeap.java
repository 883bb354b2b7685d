package io.slipway.deployer;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.lang.management.ManagementFactory;

/**
 * The heap a second set of the deployer's informers holds: what the heap loses when they are closed and dropped,
 * measured that way so that allocations of the running application during their sync do not count.
 */
final class InformerHeap {

    /**
     * @param held bytes the informers held once synced
     * @param heapAfter heap in use after they were dropped: the application, the database and the API server
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
        long withInformers = usedHeapAfterGc();
        informers.stop();
        informers = null;
        long after = usedHeapAfterGc();
        return new Measured(withInformers - after, after, sync);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
