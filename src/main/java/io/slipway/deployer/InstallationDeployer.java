package io.slipway.deployer;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.slipway.base.RetriedLater;
import io.slipway.installation.InstallationChanged;
import io.slipway.installation.InstallationDeleted;
import io.slipway.installation.InstallationRequested;
import io.slipway.storage.VolumeDeleted;
import io.slipway.team.TeamCreated;
import io.slipway.team.TeamDeleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Takes accepted installs, deletes, new and deleted teams from the event publication registry to the cluster.
 * A failure leaves the publication incomplete, so {@link PublicationRetrier} (with backoff) and the next start
 * try again; so does a replica that does not lead, leaving the work to the leader.
 *
 * <p>Deliberately not {@code @ApplicationModuleListener}: that runs each listener in a transaction, which would
 * hold a database connection through the Kubernetes calls and, with the status reports' own transactions,
 * could drain the connection pool under load. Reads and reports take short transactions of their own.
 */
@Component
class InstallationDeployer {

    private static final Logger log = LoggerFactory.getLogger(InstallationDeployer.class);

    private final AppReconciler reconciler;
    private final AppObjects appObjects;
    private final TeamNamespaces namespaces;
    private final Leadership leadership;

    InstallationDeployer(
            AppReconciler reconciler, AppObjects appObjects, TeamNamespaces namespaces, Leadership leadership) {
        this.reconciler = reconciler;
        this.appObjects = appObjects;
        this.namespaces = namespaces;
        this.leadership = leadership;
    }

    @Async
    @TransactionalEventListener
    void on(InstallationRequested event) {
        leadership.requireLeader();
        if (!reconciler.install(event.installationId())) {
            throw new RetriedLater("Apply of installation " + event.installationId() + " deferred", null);
        }
    }

    /** A stop, start, restart or edit: the objects exist, so they are read and only what differs is written. */
    @Async
    @TransactionalEventListener
    void on(InstallationChanged event) {
        leadership.requireLeader();
        if (!reconciler.reconcile(event.installationId())) {
            throw new RetriedLater("Apply of changed installation " + event.installationId() + " deferred", null);
        }
    }

    @Async
    @TransactionalEventListener
    void on(InstallationDeleted event) {
        leadership.requireLeader();
        try {
            appObjects.exclusively(
                    event.installationId(),
                    () -> appObjects.delete(
                            event.installationId(), event.namespace(), event.name(), event.deleteData()));
        } catch (KubernetesClientException e) {
            log.warn("Could not delete app {} in {}, will retry: {}", event.name(), event.namespace(), e.getMessage());
            throw new RetriedLater("Delete of installation " + event.installationId() + " deferred", e);
        }
    }

    @Async
    @TransactionalEventListener
    void on(VolumeDeleted event) {
        leadership.requireLeader();
        try {
            appObjects.deleteVolume(event.volumeId(), event.namespace(), event.claimName());
        } catch (KubernetesClientException e) {
            log.warn(
                    "Could not delete volume claim {} in {}, will retry: {}",
                    event.claimName(),
                    event.namespace(),
                    e.getMessage());
            throw new RetriedLater("Delete of volume " + event.volumeId() + " deferred", e);
        }
    }

    @Async
    @TransactionalEventListener
    void on(TeamCreated event) {
        leadership.requireLeader();
        try {
            namespaces.apply(event.teamId());
        } catch (KubernetesClientException e) {
            log.warn("Could not create the namespace of team {}, will retry: {}", event.teamId(), e.getMessage());
            throw new RetriedLater("Namespace of team " + event.teamId() + " deferred", e);
        }
    }

    @Async
    @TransactionalEventListener
    void on(TeamDeleted event) {
        leadership.requireLeader();
        try {
            namespaces.delete(event.slug(), event.namespace());
        } catch (KubernetesClientException e) {
            log.warn("Could not delete namespace {}, will retry: {}", event.namespace(), e.getMessage());
            throw new RetriedLater("Deletion of namespace " + event.namespace() + " deferred", e);
        }
    }
}
