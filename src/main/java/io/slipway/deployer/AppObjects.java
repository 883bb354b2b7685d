package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.installation.Access;
import io.slipway.installation.DesiredApp;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes an app's objects in its team's namespace match its desired state, writing only what differs, and
 * deletes exactly an app's objects. Work on one installation is serialised, so that a delete cannot be
 * overtaken by an apply that started before it.
 */
class AppObjects {

    private static final Logger log = LoggerFactory.getLogger(AppObjects.class);
    private static final int LOCK_STRIPES = 64;

    private final ObjectSync sync;
    private final KubernetesClient client;
    private final DeployerProperties.PublicTraffic publicTraffic;
    private final Object[] locks = new Object[LOCK_STRIPES];

    AppObjects(ObjectSync sync, KubernetesClient client, DeployerProperties.PublicTraffic publicTraffic) {
        this.sync = sync;
        this.client = client;
        this.publicTraffic = publicTraffic;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    /**
     * Runs {@code work} while no other apply or delete of the installation runs.
     */
    <T> T exclusively(UUID installationId, Supplier<T> work) {
        synchronized (locks[Math.floorMod(installationId.hashCode(), LOCK_STRIPES)]) {
            return work.get();
        }
    }

    /**
     * Applies what differs.
     *
     * @return the node port the cluster assigned to the app's Service; null unless the app is public TCP
     */
    Integer apply(DesiredApp app, LiveObjects live) {
        try (var ignored = LogContext.of(app.installationId(), app.teamSlug(), app.namespace())) {
            sync(DesiredEnvSecret.of(app), live);
            if (app.pullSecret() != null) {
                // Read by name even on a resync: a missing pull secret breaks no running pod, so nothing else sees it
                Secret pull = DesiredPullSecret.of(app);
                sync.sync(pull, live.of(pull));
            }
            if (app.volume() != null) {
                sync(DesiredVolumeClaim.of(app), live);
            }
            sync(DesiredDeployment.of(app), live);
            Service service = sync(DesiredNetwork.service(app), live);
            Ingress ingress = DesiredNetwork.ingress(app);
            if (app.hostname() != null) {
                sync(ingress, live);
            } else {
                deleteIfOurs(live.ofOurs(ingress), app.installationId());
            }
            NetworkPolicy policy = DesiredNetwork.publicPolicy(app, publicTraffic);
            if (app.access() == Access.PUBLIC) {
                sync(policy, live);
            } else {
                deleteIfOurs(live.ofOurs(policy), app.installationId());
            }
            log.debug("Applied app {} in {}", app.name(), app.namespace());
            return DesiredNetwork.nodePort(service);
        }
    }

    private <T extends HasMetadata> T sync(T desired, LiveObjects live) {
        return live.skips(desired) ? null : sync.sync(desired, live.of(desired));
    }

    /**
     * Deletes the app's objects: those named for it that carry its installation label, nothing else. Never its
     * persistent volume claim: a volume given up with its data goes by {@link #deleteVolume}, and a retained
     * one stays.
     *
     * @param deleteData whether the app's data goes too; its claim then goes through {@code VolumeDeleted}
     * @return how many objects were deleted
     */
    int delete(UUID installationId, String namespace, String name, boolean deleteData) {
        try (var ignored = LogContext.of(installationId, null, namespace)) {
            int deleted = 0;
            for (HasMetadata object : named(namespace, name)) {
                deleted += deleteIfOurs(client.resource(object).get(), installationId) ? 1 : 0;
            }
            log.info("Deleted app {} in {} ({} objects)", name, namespace, deleted);
            return deleted;
        }
    }

    /**
     * Deletes a volume's claim, if it carries that volume's label.
     *
     * @return whether a claim was deleted
     */
    boolean deleteVolume(UUID volumeId, String namespace, String claimName) {
        HasMetadata live = client.resource(object(new PersistentVolumeClaim(), namespace, claimName))
                .get();
        if (live == null) {
            return false;
        }
        if (!Labels.ofVolume(live, volumeId)) {
            log.warn("Left claim {} in {} alone: it does not carry the volume's label", claimName, namespace);
            return false;
        }
        client.resource(live).delete();
        log.info("Deleted volume claim {} in {}", claimName, namespace);
        return true;
    }

    private static List<HasMetadata> named(String namespace, String name) {
        return List.of(
                object(new Deployment(), namespace, name),
                object(new Service(), namespace, name),
                object(new Ingress(), namespace, name),
                object(new NetworkPolicy(), namespace, DesiredNetwork.publicPolicyName(name)),
                object(new Secret(), namespace, DesiredEnvSecret.name(name)),
                object(new Secret(), namespace, DesiredPullSecret.name(name)));
    }

    private static <T extends HasMetadata> T object(T object, String namespace, String name) {
        object.setMetadata(
                new ObjectMetaBuilder().withNamespace(namespace).withName(name).build());
        return object;
    }

    private boolean deleteIfOurs(HasMetadata live, UUID installationId) {
        if (live == null) {
            return false;
        }
        if (!Labels.ofInstallation(live, installationId)) {
            log.warn(
                    "Left {} {} alone: it does not carry the app's labels",
                    live.getKind(),
                    live.getMetadata().getName());
            return false;
        }
        client.resource(live).delete();
        return true;
    }
}
