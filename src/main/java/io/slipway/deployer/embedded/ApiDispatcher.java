package io.slipway.deployer.embedded;

import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers discovery requests and pod logs itself, injects the faults a test asked for, and hands everything
 * else to the CRUD dispatcher that keeps the objects.
 */
class ApiDispatcher extends Dispatcher {

    private static final Pattern POD_LOG = Pattern.compile("/api/v1/namespaces/([^/]+)/pods/([^/]+)/log");

    private final KubernetesCrudDispatcher crud;
    private final AtomicLong writes = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final Map<String, String> podLogs = new ConcurrentHashMap<>();
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
        podLogs.put(logKey(namespace, pod, previous), log);
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
            boolean previous = query >= 0 && path.substring(query).contains("previous=true");
            String text = podLogs.getOrDefault(logKey(log.group(1), log.group(2), previous), "");
            return new MockResponse()
                    .setResponseCode(200)
                    .setHeader("Content-Type", "text/plain")
                    .setBody(text);
        }
        if (!get) {
            writes.incrementAndGet();
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

    private static String logKey(String namespace, String pod, boolean previous) {
        return namespace + "/" + pod + (previous ? "#previous" : "");
    }

    @Override
    public void shutdown() {
        if (!keepState) {
            crud.shutdown();
        }
    }
}
