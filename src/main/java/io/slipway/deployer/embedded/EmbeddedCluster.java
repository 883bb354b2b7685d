package io.slipway.deployer.embedded;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.MockWebServer;
import java.net.InetAddress;
import java.util.Collection;
import java.util.List;

/**
 * The simulated cluster: fabric8's CRUD API server on loopback, answering the Kubernetes REST protocol with
 * watches and a simplified server-side apply, plus the discovery documents kubectl needs. Its objects live in
 * memory, for as long as Slipway runs.
 *
 * <p>{@link #pause()} and {@link #resume()} take the API server away and bring it back on the same port with
 * the same objects, as a cluster outage would.
 */
public class EmbeddedCluster {

    private final ApiDispatcher dispatcher;
    private volatile MockWebServer server;
    private final int port;

    private EmbeddedCluster(ApiDispatcher dispatcher, MockWebServer server) {
        this.dispatcher = dispatcher;
        this.server = server;
        this.port = server.getPort();
    }

    public static EmbeddedCluster start(int port) {
        ApiDispatcher dispatcher = new ApiDispatcher(new KubernetesCrudDispatcher());
        MockWebServer server = listen(dispatcher, port);
        dispatcher.setPort(server.getPort());
        return new EmbeddedCluster(dispatcher, server);
    }

    private static MockWebServer listen(ApiDispatcher dispatcher, int port) {
        MockWebServer server = new MockWebServer();
        server.setDispatcher(dispatcher);
        server.start(InetAddress.getLoopbackAddress(), port);
        return server;
    }

    public String url() {
        return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port;
    }

    /** Stops answering, as an unreachable cluster does. The objects stay. */
    public synchronized void pause() {
        dispatcher.keepStateOnShutdown(true);
        server.shutdown();
    }

    /** Answers again on the same port, with the same objects. */
    public synchronized void resume() {
        server = listen(dispatcher, port);
    }

    /**
     * How many requests changed an object Slipway writes (POST, PUT, PATCH, DELETE) since start. The simulated node's
     * own writes (pods, events, status) do not count: they would make a count of Slipway's writes depend on timing.
     */
    public long writeRequests() {
        return dispatcher.writeRequests();
    }

    /**
     * Slipway's writes after the first {@code writeRequests} (a value {@link #writeRequests()} returned), of the
     * last 1,000 this cluster keeps.
     */
    public List<WriteRequest> writesSince(long writeRequests) {
        return dispatcher.recentWrites().stream()
                .filter(write -> write.number() > writeRequests)
                .toList();
    }

    /** How many requests reached the API server (discovery documents aside) since start. */
    public long requests() {
        return dispatcher.requests();
    }

    /**
     * Puts objects into the cluster as if they had been created one by one, without a request: for benchmarks
     * that need tens of thousands of objects. Watches are not told, so informers see them only when they list
     * again; requests and writes are not counted. The objects must not exist yet.
     */
    public void seed(Collection<? extends HasMetadata> objects) {
        objects.forEach(dispatcher::seed);
    }

    /** Answers matching requests with the fault's error until it is used up. */
    public Fault inject(Fault fault) {
        dispatcher.inject(fault);
        return fault;
    }

    public void clearFaults() {
        dispatcher.clearFaults();
    }

    /** What {@code kubectl logs [--previous]} shows for a pod; the simulated node writes it. */
    public void podLog(String namespace, String pod, boolean previous, String log) {
        dispatcher.podLog(namespace, pod, previous, log);
    }

    /** Adds a line to what {@code kubectl logs} shows for a pod's running container. */
    public void appendPodLog(String namespace, String pod, String line) {
        dispatcher.appendPodLog(namespace, pod, line);
    }

    /** Drops a deleted pod's logs. */
    public void forgetPodLogs(String namespace, String pod) {
        dispatcher.forgetPodLogs(namespace, pod);
    }

    public synchronized void stop() {
        dispatcher.keepStateOnShutdown(false);
        server.shutdown();
    }
}
