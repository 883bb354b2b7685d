package io.slipway.deployer.embedded;

import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers discovery requests and pod logs itself, injects the faults a test asked for, assigns node ports, and
 * hands everything else to the CRUD dispatcher that keeps the objects.
 */
class ApiDispatcher extends Dispatcher {

    private static final Pattern POD_LOG = Pattern.compile("/api/v1/namespaces/([^/]+)/pods/([^/]+)/log");

    /** What only a node and its controllers write: pods, events and the status of objects. */
    private static final Pattern NODE_WRITE = Pattern.compile(".*/(pods|events)(/[^/]+)?|.*/status");

    private final KubernetesCrudDispatcher crud;
    private final AtomicLong writes = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final PodLogs podLogs = new PodLogs();
    private final NodePorts nodePorts = new NodePorts();
    private volatile boolean keepState;
    private volatile Discovery discovery = new Discovery(0);

    ApiDispatcher(KubernetesCrudDispatcher crud) {
        this.crud = crud;
    }

    void setPort(int port) {
        this.discovery = new Discovery(port);
    }

    void keepStateOnShutdown(boolean keep) {
        this.keepState = keep;
    }

    long writeRequests() {
        return writes.get();
    }

    long requests() {
        return requests.get();
    }

    void inject(Fault fault) {
        faults.add(fault);
    }

    void clearFaults() {
        faults.clear();
    }

    void podLog(String namespace, String pod, boolean previous, String log) {
        podLogs.put(namespace, pod, previous, log);
    }

    void appendPodLog(String namespace, String pod, String line) {
        podLogs.append(namespace, pod, line);
    }

    void forgetPodLogs(String namespace, String pod) {
        podLogs.forget(namespace, pod);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getPath();
        int query = path.indexOf('?');
        String bare = query < 0 ? path : path.substring(0, query);
        boolean get = "GET".equals(request.getMethod());
        Optional<String> document = get ? discovery.document(bare) : Optional.empty();
        if (document.isPresent()) {
            return json(200, document.get());
        }
        requests.incrementAndGet();
        Optional<MockResponse> injected = injectedFault(request.getMethod(), path);
        if (injected.isPresent()) {
            return injected.get();
        }
        Matcher log = POD_LOG.matcher(bare);
        if (get && log.matches()) {
            String parameters = query < 0 ? "" : path.substring(query + 1);
            return new MockResponse()
                    .setResponseCode(200)
                    .setHeader("Content-Type", "text/plain")
                    .setBody(podLogs.read(log.group(1), log.group(2), parameters));
        }
        if (!get) {
            if (!NODE_WRITE.matcher(bare).matches()) {
                writes.incrementAndGet();
            }
            return crud.dispatch(nodePorts.assign(request, bare));
        }
        return crud.dispatch(request);
    }

    private Optional<MockResponse> injectedFault(String method, String path) {
        for (Fault fault : faults) {
            if (fault.matches(method, path) && fault.take()) {
                String status = Serialization.asJson(new StatusBuilder()
                        .withStatus("Failure")
                        .withCode(fault.code())
                        .withReason(fault.reason())
                        .withMessage("Injected by a test: " + fault.reason())
                        .build());
                return Optional.of(json(fault.code(), status));
            }
        }
        return Optional.empty();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse()
                .setResponseCode(code)
                .setHeader("Content-Type", "application/json")
                .setBody(body);
    }

    @Override
    public void shutdown() {
        if (!keepState) {
            crud.shutdown();
        }
    }
}
