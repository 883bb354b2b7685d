package io.slipway.deployer;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.slipway.base.RetriedLater;
import io.slipway.installation.InstallationRequested;
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

    private final AppReconciler reconciler;
    private final TeamNamespaces namespaces;

    InstallationDeployer(AppReconciler reconciler, TeamNamespaces namespaces) {
        this.reconciler = reconciler;
        this.namespaces = namespaces;
    }

    @Async
    @TransactionalEventListener
    void on(InstallationRequested event) {
        if (!reconciler.reconcile(event.installationId())) {
            throw new RetriedLater("Apply of installation " + event.installationId() + " deferred", null);
        }
    }

    @Async
    @TransactionalEventListener
    void on(TeamCreated event) {
        try {
            namespaces.apply(event.teamId());
        } catch (KubernetesClientException e) {
            log.warn("Could not create the namespace of team {}, will retry: {}", event.teamId(), e.getMessage());
            throw new RetriedLater("Namespace of team " + event.teamId() + " deferred", e);
        }
    }
}
