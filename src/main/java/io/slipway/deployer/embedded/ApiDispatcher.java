package io.slipway.deployer.embedded;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesAttributesExtractor;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers discovery requests and pod logs itself, injects the faults a test asked for, assigns node ports, turns
 * server-side apply into a create or replace, and hands everything else to the CRUD dispatcher that keeps the
 * objects.
 */
class ApiDispatcher extends Dispatcher {

    private static final Pattern POD_LOG = Pattern.compile("/api/v1/namespaces/([^/]+)/pods/([^/]+)/log");

    /** What only a node and its controllers write: pods, events and the status of objects. */
    private static final Pattern NODE_WRITE = Pattern.compile(".*/(pods|events)(/[^/]+)?|.*/status");

    /** How many of Slipway's latest writes {@link #recentWrites()} keeps. */
    private static final int KEPT_WRITES = 1000;

    private final KubernetesCrudDispatcher crud;
    // One write at a time, so that an apply's read of the live object and its write see the same object
    private final Object writeLock = new Object();
    private final Deque<WriteRequest> recentWrites = new ArrayDeque<>();
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

    List<WriteRequest> recentWrites() {
        synchronized (recentWrites) {
            return List.copyOf(recentWrites);
        }
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

    /**
     * Stores an object that does not exist yet as a create would (uid, creation time, resource version,
     * generation, node ports), but without a request and without telling watches. fabric8's store scans every
     * object on each request, so filling it with tens of thousands of objects through requests takes hours.
     */
    void seed(HasMetadata object) {
        if (object instanceof Service service) {
            nodePorts.assign(service.getMetadata().getNamespace(), service);
        }
        GenericKubernetesResource resource =
                Serialization.unmarshal(Serialization.asJson(object), GenericKubernetesResource.class);
        ObjectMeta metadata = resource.getMetadata();
        metadata.setUid(UUID.randomUUID().toString());
        metadata.setCreationTimestamp(
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        metadata.setResourceVersion(String.valueOf(crud.requestResourceVersion()));
        metadata.setGeneration(1L);
        // The key a create gives it: the object's attributes, with the plural from the path when they lack it
        AttributeSet key = ((KubernetesAttributesExtractor) crud.getAttributeExtractor()).extract(resource);
        if (!key.containsKey(KubernetesAttributesExtractor.PLURAL)) {
            key = AttributeSet.merge(crud.getKey(collectionPath(object)), key);
        }
        crud.getMap().put(key, Serialization.asJson(resource));
    }

    private static String collectionPath(HasMetadata object) {
        String apiVersion = object.getApiVersion();
        String root = apiVersion.contains("/") ? "/apis/" + apiVersion : "/api/" + apiVersion;
        String namespace = object instanceof Namespaced
                ? "/namespaces/" + object.getMetadata().getNamespace()
                : "";
        return root + namespace + "/" + HasMetadata.getPlural(object.getClass());
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
            return write(request, path, bare);
        }
        return crud.dispatch(request);
    }

    private MockResponse write(RecordedRequest request, String path, String bare) {
        if (!NODE_WRITE.matcher(bare).matches()) {
            synchronized (recentWrites) {
                recentWrites.addLast(WriteRequest.of(writes.incrementAndGet(), request, bare));
                if (recentWrites.size() > KEPT_WRITES) {
                    recentWrites.removeFirst();
                }
            }
        }
        if (!ServerSideApply.requested(request)) {
            synchronized (writeLock) {
                return crud.dispatch(nodePorts.assign(request, bare));
            }
        }
        Optional<String> refusal = ServerSideApply.refusal(path);
        if (refusal.isPresent()) {
            return json(400, status(400, "BadRequest", refusal.get()));
        }
        synchronized (writeLock) {
            var live = crud.findResource(crud.getKey(bare));
            RecordedRequest write =
                    ServerSideApply.asCreateOrReplace(request, bare, live == null ? null : live.getValue());
            return crud.dispatch(nodePorts.assign(write, write.getPath()));
        }
    }

    private Optional<MockResponse> injectedFault(String method, String path) {
        for (Fault fault : faults) {
            if (fault.matches(method, path) && fault.take()) {
                String status = status(fault.code(), fault.reason(), "Injected by a test: " + fault.reason());
                return Optional.of(json(fault.code(), status));
            }
        }
        return Optional.empty();
    }

    private static String status(int code, String reason, String message) {
        return Serialization.asJson(new StatusBuilder()
                .withStatus("Failure")
                .withCode(code)
                .withReason(reason)
                .withMessage(message)
                .build());
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
