package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the deployer learns how an object looks in the cluster before deciding whether to write it: read one by
 * one, or from a snapshot of whole kinds listed once (a full resync).
 */
interface LiveObjects {

    /** The live counterpart of {@code desired} (same kind, namespace and name), or null when it is absent. */
    <T extends HasMetadata> T of(T desired);

    static LiveObjects reading(KubernetesClient client) {
        return new LiveObjects() {
            @Override
            public <T extends HasMetadata> T of(T desired) {
                return client.resource(desired).get();
            }
        };
    }

    /**
     * Answers from the listed kinds, and reads the others one by one. An object missing from a list is read too
     * before Slipway creates it: it may be someone else's, without Slipway's label.
     */
    static LiveObjects snapshot(Set<String> kinds, List<? extends HasMetadata> listed, KubernetesClient client) {
        Map<String, HasMetadata> byKey = new HashMap<>();
        for (HasMetadata object : listed) {
            byKey.put(key(object), object);
        }
        return new LiveObjects() {
            @Override
            @SuppressWarnings("unchecked")
            public <T extends HasMetadata> T of(T desired) {
                T listed = kinds.contains(desired.getKind()) ? (T) byKey.get(key(desired)) : null;
                return listed != null ? listed : client.resource(desired).get();
            }
        };
    }

    private static String key(HasMetadata object) {
        return object.getKind() + "/" + object.getMetadata().getNamespace() + "/"
                + object.getMetadata().getName();
    }
}
