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

    /**
     * The live counterpart of {@code desired} if it may be Slipway's, for deciding whether to delete it. A snapshot
     * does not read one missing from its lists: it lists every object with Slipway's label, so such an object is
     * absent or someone else's, and Slipway deletes neither.
     */
    default <T extends HasMetadata> T ofOurs(T desired) {
        return of(desired);
    }

    /** Whether this pass leaves objects like {@code desired} alone (a resync does not read Secrets). */
    default boolean skips(HasMetadata desired) {
        return false;
    }

    /**
     * For a new app: its objects are taken to be absent and created at once; one that exists after all answers
     * 409, and is then read and compared. Saves a read per object on the install path.
     */
    static LiveObjects assumingAbsent() {
        return new LiveObjects() {
            @Override
            public <T extends HasMetadata> T of(T desired) {
                return null;
            }
        };
    }

    static LiveObjects reading(KubernetesClient client) {
        return new LiveObjects() {
            @Override
            public <T extends HasMetadata> T of(T desired) {
                return client.resource(desired).get();
            }
        };
    }

    /**
     * Answers from the listed kinds and skips the others. An object missing from a list is read before Slipway
     * creates it: it may be someone else's, without Slipway's label.
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
                T listed = (T) byKey.get(key(desired));
                return listed != null ? listed : client.resource(desired).get();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T extends HasMetadata> T ofOurs(T desired) {
                return skips(desired) ? of(desired) : (T) byKey.get(key(desired));
            }

            @Override
            public boolean skips(HasMetadata desired) {
                return !kinds.contains(desired.getKind());
            }
        };
    }

    private static String key(HasMetadata object) {
        return object.getKind() + "/" + object.getMetadata().getNamespace() + "/"
                + object.getMetadata().getName();
    }
}
