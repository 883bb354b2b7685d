package io.slipway.deployer;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.slipway.installation.DesiredApp;
import io.slipway.installation.DesiredApps;
import java.net.HttpURLConnection;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Makes one app's objects match its desired state; its status then follows from what the informers see. */
@Component
class AppReconciler {

    private static final Logger log = LoggerFactory.getLogger(AppReconciler.class);

    private final DesiredApps desiredApps;
    private final AppObjects appObjects;
    private final StatusReporter status;
    private final TeamNamespaces namespaces;
    private final KubernetesClient client;

    AppReconciler(
            DesiredApps desiredApps,
            AppObjects appObjects,
            TeamNamespaces namespaces,
            StatusReporter status,
            KubernetesClient client) {
        this.desiredApps = desiredApps;
        this.appObjects = appObjects;
        this.namespaces = namespaces;
        this.status = status;
        this.client = client;
    }

    /**
     * Applies what differs, when the app still exists, reading each object first.
     *
     * @return false when the cluster could not be reached; the app then shows "Waiting for cluster"
     */
    boolean reconcile(UUID installationId) {
        return reconcile(installationId, LiveObjects.reading(client));
    }

    /** A new install: its objects are created straight away, without reading them first. */
    boolean install(UUID installationId) {
        return reconcile(installationId, LiveObjects.assumingAbsent());
    }

    /** As {@link #reconcile(UUID)}, comparing with {@code live} instead of reading each object. */
    boolean reconcile(UUID installationId, LiveObjects live) {
        return appObjects.exclusively(installationId, () -> {
            // Read inside the lock: an app deleted meanwhile is not brought back
            Optional<DesiredApp> desired = desiredApps.find(installationId);
            return desired.map(app -> apply(app, live)).orElse(true);
        });
    }

    private boolean apply(DesiredApp app, LiveObjects live) {
        try {
            Integer nodePort = applyInNamespace(app, live);
            if (!Objects.equals(nodePort, app.nodePort())) {
                desiredApps.reportNodePort(app.installationId(), nodePort);
            }
            status.applied(app.installationId());
            return true;
        } catch (ObjectSync.NotManaged e) {
            log.warn("Could not apply app {} in {}: {}", app.name(), app.namespace(), e.getMessage());
            status.failed(app.installationId(), ObservedStatus.failed(e.getMessage() + ". Choose another name.", null));
            return true;
        } catch (KubernetesClientException e) {
            log.warn("Could not apply app {} in {}, will retry: {}", app.name(), app.namespace(), e.getMessage());
            if (transientFailure(e)) {
                status.unreachable(app.installationId());
            } else {
                status.failed(
                        app.installationId(),
                        ObservedStatus.failed(
                                "The cluster refused the app's settings ("
                                        + e.getStatus().getMessage() + "); Slipway tries again",
                                null));
            }
            return false;
        }
    }

    /**
     * Applies the app, creating its team's namespace first if the API server says it is missing (404): the
     * namespace normally exists since the team was created, so the install path does not read it every time.
     */
    private Integer applyInNamespace(DesiredApp app, LiveObjects live) {
        try {
            return appObjects.apply(app, live);
        } catch (KubernetesClientException e) {
            if (e.getCode() != HttpURLConnection.HTTP_NOT_FOUND) {
                throw e;
            }
            log.info("Namespace {} was missing, applying it before app {}", app.namespace(), app.name());
            namespaces.apply(app.teamId());
            return appObjects.apply(app, live);
        }
    }

    /** No answer, a conflict, throttling or a server error: worth waiting for, not the app's fault. */
    static boolean transientFailure(KubernetesClientException e) {
        int code = e.getCode();
        return code == 0 || code == 408 || code == 409 || code == 429 || code >= 500 || e.getStatus() == null;
    }
}
