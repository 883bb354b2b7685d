package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.HttpURLConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes one object match its desired state, writing only when the live object differs in a field Slipway
 * owns. A conflict (409: someone changed it in between) re-reads the object and tries again, a few times.
 */
class ObjectSync {

    private static final Logger log = LoggerFactory.getLogger(ObjectSync.class);
    static final int CONFLICT_ATTEMPTS = 4;

    private final KubernetesClient client;
    private final ObjectApplier applier;

    ObjectSync(KubernetesClient client, ObjectApplier applier) {
        this.client = client;
        this.applier = applier;
    }

    /** Reads the live object, then writes the desired one if needed. */
    <T extends HasMetadata> T sync(T desired) {
        return sync(desired, read(desired));
    }

    /**
     * @param live the object as read a moment ago (null when absent); re-read only after a conflict
     * @throws NotManaged when an object of that name exists but Slipway did not create it
     */
    <T extends HasMetadata> T sync(T desired, T live) {
        for (int attempt = 1; ; attempt++) {
            if (live != null && !Labels.managed(live)) {
                throw new NotManaged(desired);
            }
            if (live != null && OwnedFields.match(desired, live)) {
                return live;
            }
            try {
                T written = applier.apply(desired, live);
                log.info("Applied {} {}", desired.getKind(), name(desired));
                return written;
            } catch (KubernetesClientException e) {
                if (e.getCode() != HttpURLConnection.HTTP_CONFLICT || attempt == CONFLICT_ATTEMPTS) {
                    throw e;
                }
                log.debug("Conflict writing {} {}, reading it again", desired.getKind(), name(desired));
                desired.getMetadata().setResourceVersion(null);
                live = read(desired);
            }
        }
    }

    private <T extends HasMetadata> T read(T desired) {
        return client.resource(desired).get();
    }

    private static String name(HasMetadata object) {
        String namespace = object.getMetadata().getNamespace();
        return namespace == null
                ? object.getMetadata().getName()
                : namespace + "/" + object.getMetadata().getName();
    }

    /** An object that Slipway would create is in the way: same name, but someone else's. */
    static class NotManaged extends RuntimeException {

        NotManaged(HasMetadata object) {
            super("A " + object.getKind() + " named " + object.getMetadata().getName()
                    + " exists that Slipway did not create; Slipway leaves it alone");
        }
    }
}
