package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.slipway.base.RetriedLater;
import io.slipway.installation.DesiredApps;
import io.slipway.installation.InstallationRequested;
import io.slipway.installation.InstallationStatus;
import io.slipway.team.TeamCreated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Takes accepted installs and new teams from the event publication registry to the cluster. A failure leaves
 * the publication incomplete, so {@link PublicationRetrier} and the next start try again.
 *
 * <p>Deliberately not {@code @ApplicationModuleListener}: that runs each listener in a transaction, which would
 * hold a database connection through the Kubernetes calls and, with the status reports' own transactions,
 * could drain the connection pool under load. Reads and reports take short transactions of their own.
 */
@Component
class InstallationDeployer {

    private static final Logger log = LoggerFactory.getLogger(InstallationDeployer.class);

    private final DesiredApps desiredApps;
    private final AppObjects appObjects;
    private final TeamNamespaces namespaces;

    InstallationDeployer(DesiredApps desiredApps, AppObjects appObjects, TeamNamespaces namespaces) {
        this.desiredApps = desiredApps;
        this.appObjects = appObjects;
        this.namespaces = namespaces;
    }

    @Async
    @TransactionalEventListener
    void on(InstallationRequested event) {
        desiredApps.find(event.installationId()).ifPresent(app -> {
            try {
                Deployment deployment = appObjects.apply(app);
                DeploymentStatus status = DeploymentStatus.of(deployment);
                desiredApps.report(app.installationId(), status.status(), status.reason());
            } catch (KubernetesClientException e) {
                log.warn("Could not apply app {} in {}, will retry: {}", app.name(), app.namespace(), e.getMessage());
                desiredApps.report(
                        app.installationId(),
                        InstallationStatus.WAITING_FOR_CLUSTER,
                        "Waiting for the cluster: it cannot be reached right now; Slipway keeps trying");
                throw new RetriedLater("Apply of " + app.name() + " deferred", e);
            }
        });
    }

    @Async
    @TransactionalEventListener
    void on(TeamCreated event) {
        namespaces.apply(event.teamId());
    }
}
