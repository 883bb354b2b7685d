package io.slipway.deployer.embedded;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a real API server does for NodePort Services and the CRUD mock does not: it assigns each port a free node
 * port from 30000–32767 when the Service is created, and keeps it on updates that leave it out.
 */
final class NodePorts {

    static final int FIRST = 30000;
    static final int LAST = 32767;
    private static final Pattern SERVICE = Pattern.compile("/api/v1/namespaces/([^/]+)/services(?:/([^/]+))?");

    private final Map<String, Integer> byService = new HashMap<>();
    private final Set<Integer> used = new HashSet<>();
    private int next = FIRST;

    /** The request with node ports filled in, when it creates or replaces a NodePort Service. */
    synchronized RecordedRequest assign(RecordedRequest request, String bare) {
        Matcher matcher = SERVICE.matcher(bare);
        String method = request.getMethod();
        if (!matcher.matches()) {
            return request;
        }
        if ("DELETE".equals(method) && matcher.group(2) != null) {
            release(matcher.group(1) + "/" + matcher.group(2));
            return request;
        }
        if (!"POST".equals(method) && !"PUT".equals(method)) {
            return request;
        }
        // Reading the body consumes it: whatever happens, the request passed on carries it again
        String body = request.getUtf8Body();
        return withBody(request, fill(matcher.group(1), body));
    }

    private String fill(String namespace, String body) {
        Service service = Serialization.unmarshal(body, Service.class);
        return fill(namespace, service) ? Serialization.asJson(service) : body;
    }

    /** Fills in the node ports of a NodePort Service, as a create or replace would. */
    synchronized void assign(String namespace, Service service) {
        fill(namespace, service);
    }

    /** @return whether the Service is a NodePort Service, whose ports now all have a node port */
    private boolean fill(String namespace, Service service) {
        if (service.getSpec() == null || service.getMetadata() == null) {
            return false;
        }
        String key = namespace + "/" + service.getMetadata().getName();
        if (!"NodePort".equals(service.getSpec().getType())) {
            release(key);
            return false;
        }
        for (ServicePort port : service.getSpec().getPorts()) {
            if (port.getNodePort() == null) {
                port.setNodePort(byService.computeIfAbsent(key + "/" + port.getName(), ignored -> free()));
            }
        }
        return true;
    }

    private static RecordedRequest withBody(RecordedRequest request, String body) {
        return new RecordedRequest(
                request.getHttpVersion(),
                request.method(),
                request.getPath(),
                request.getHeaders(),
                new Buffer().writeUtf8(body));
    }

    private int free() {
        for (int tries = 0; tries <= LAST - FIRST; tries++) {
            int candidate = next;
            next = next == LAST ? FIRST : next + 1;
            if (used.add(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("All node ports are taken");
    }

    private void release(String service) {
        byService.entrySet().removeIf(entry -> {
            boolean ofService = entry.getKey().startsWith(service + "/");
            if (ofService) {
                used.remove(entry.getValue());
            }
            return ofService;
        });
    }
}
