package io.slipway.deployer.embedded;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Answers discovery requests itself and hands everything else to the CRUD dispatcher that keeps the objects. */
class ApiDispatcher extends Dispatcher {

    private final KubernetesCrudDispatcher crud;
    private final AtomicLong writes = new AtomicLong();
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

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getPath();
        int query = path.indexOf('?');
        Optional<String> document = "GET".equals(request.getMethod())
                ? discovery.document(query < 0 ? path : path.substring(0, query))
                : Optional.empty();
        if (document.isPresent()) {
            return new MockResponse()
                    .setResponseCode(200)
                    .setHeader("Content-Type", "application/json")
                    .setBody(document.get());
        }
        if (!"GET".equals(request.getMethod())) {
            writes.incrementAndGet();
        }
        return crud.dispatch(request);
    }

    @Override
    public void shutdown() {
        if (!keepState) {
            crud.shutdown();
        }
    }
}
