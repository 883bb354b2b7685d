package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.slipway.installation.DesiredApp;
import io.slipway.installation.DesiredApps;
import io.slipway.installation.InstallationStatus;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Makes one app's objects match its desired state and reports the outcome as the app's status. */
@Component
class AppReconciler {

    private static final Logger log = LoggerFactory.getLogger(AppReconciler.class);

    private final DesiredApps desiredApps;
    private final AppObjects appObjects;

    AppReconciler(DesiredApps desiredApps, AppObjects appObjects) {
        this.desiredApps = desiredApps;
        this.appObjects = appObjects;
    }

    /**
     * Applies the app, when it still exists.
     *
     * @return false when the cluster could not be reached; the app then shows "Waiting for cluster"
     */
    boolean reconcile(UUID installationId) {
        Optional<DesiredApp> desired = desiredApps.find(installationId);
        if (desired.isEmpty()) {
            return true;
        }
        DesiredApp app = desired.get();
        try {
            Deployment deployment = appObjects.apply(app);
            DeploymentStatus status = DeploymentStatus.of(deployment);
            desiredApps.report(installationId, status.status(), status.reason());
            return true;
        } catch (KubernetesClientException e) {
            log.warn("Could not apply app {} in {}, will retry: {}", app.name(), app.namespace(), e.getMessage());
            desiredApps.report(
                    installationId,
                    InstallationStatus.WAITING_FOR_CLUSTER,
                    "Waiting for the cluster: it cannot be reached right now; Slipway keeps trying");
            return false;
        }
    }
}
