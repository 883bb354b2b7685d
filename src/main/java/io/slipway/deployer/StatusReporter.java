package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.slipway.installation.DesiredApps;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns changes of an app's Deployment, pods and warning events into its status, off the informers' threads:
 * changes to one app coalesce, and a status is reported only when it differs from the last one reported.
 */
class StatusReporter {

    private static final Logger log = LoggerFactory.getLogger(StatusReporter.class);
    private static final int LOG_LINES = 5;

    private final ClusterWatch watch;
    private final DesiredApps desiredApps;
    private final KubernetesClient client;
    private final Set<String> dirty = ConcurrentHashMap.newKeySet();
    private final Map<String, ObservedStatus> reported = new ConcurrentHashMap<>();
    private final Set<String> fromApplying = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "status-reporter");
        thread.setDaemon(true);
        return thread;
    });

    StatusReporter(ClusterWatch watch, DesiredApps desiredApps, KubernetesClient client) {
        this.watch = watch;
        this.desiredApps = desiredApps;
        this.client = client;
        watch.onDeployments(handler(this::markOwner));
        watch.onPods(handler(this::markOwner));
        watch.onEvents(handler(this::markApp));
    }

    /**
     * The app's objects were applied: if the last status came from applying (waiting for the cluster, refused),
     * work it out from the cluster again. Otherwise the informers report any change themselves, so that a
     * resync of unchanged apps costs the database nothing.
     */
    void applied(UUID installationId) {
        String id = installationId.toString();
        if (fromApplying.remove(id)) {
            reported.remove(id);
            mark(id);
        }
    }

    /** The app's objects could not be applied: the cluster did not answer. */
    void unreachable(UUID installationId) {
        fromApplying.add(installationId.toString());
        record(installationId.toString(), ObservedStatus.WAITING_FOR_CLUSTER);
    }

    /** Applying the app's objects failed for a reason the cluster gave, or one that retrying will not fix. */
    void failed(UUID installationId, ObservedStatus status) {
        fromApplying.add(installationId.toString());
        record(installationId.toString(), status);
    }

    void stop() {
        worker.shutdownNow();
    }

    private void markOwner(HasMetadata object) {
        String id = Labels.installation(object);
        if (id != null) {
            mark(id);
        }
    }

    private void markApp(Event event) {
        String app = ClusterWatch.appName(event);
        if (app == null) {
            return;
        }
        Deployment deployment = watch.deployment(event.getMetadata().getNamespace(), app);
        if (deployment != null) {
            markOwner(deployment);
        }
    }

    private void mark(String installationId) {
        if (dirty.add(installationId)) {
            worker.execute(() -> {
                dirty.remove(installationId);
                observe(installationId);
            });
        }
    }

    private void observe(String installationId) {
        Deployment deployment = watch.deployment(installationId);
        if (deployment == null) {
            return;
        }
        String namespace = deployment.getMetadata().getNamespace();
        ObservedStatus status = StatusReasons.of(
                deployment,
                watch.pods(installationId),
                watch.events(namespace, deployment.getMetadata().getName()),
                this::previousLog);
        if (!status.equals(reported.get(installationId))) {
            fromApplying.remove(installationId);
            record(installationId, status);
        }
    }

    private void record(String installationId, ObservedStatus status) {
        try {
            desiredApps.report(UUID.fromString(installationId), status.status(), status.reason());
            reported.put(installationId, status);
        } catch (RuntimeException e) {
            reported.remove(installationId);
            log.warn("Could not record the status of installation {}: {}", installationId, e.getMessage());
        }
    }

    private String previousLog(String namespace, String pod) {
        try {
            return client.pods()
                    .inNamespace(namespace)
                    .withName(pod)
                    .inContainer(DesiredDeployment.CONTAINER)
                    .terminated()
                    .tailingLines(LOG_LINES)
                    .getLog();
        } catch (KubernetesClientException e) {
            log.debug("Could not read the log of pod {} in {}: {}", pod, namespace, e.getMessage());
            return null;
        }
    }

    private static <T extends HasMetadata> ResourceEventHandler<T> handler(Consumer<T> mark) {
        return new ResourceEventHandler<>() {
            @Override
            public void onAdd(T object) {
                mark.accept(object);
            }

            @Override
            public void onUpdate(T before, T after) {
                mark.accept(after);
            }

            @Override
            public void onDelete(T object, boolean finalStateUnknown) {
                mark.accept(object);
            }
        };
    }
}
