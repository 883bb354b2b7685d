package io.slipway.deployer;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.slipway.installation.DesiredApps;
import io.slipway.team.TeamSummary;
import io.slipway.team.Teams;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Level-triggered safety net: applies every team's namespace and every app as the database says, at start-up
 * and then periodically. Restores what the cluster lost (a restarted embedded cluster, a deleted Deployment).
 */
@Component
class Resync {

    private static final Logger log = LoggerFactory.getLogger(Resync.class);

    private final Teams teams;
    private final DesiredApps desiredApps;
    private final TeamNamespaces namespaces;
    private final AppReconciler reconciler;

    Resync(Teams teams, DesiredApps desiredApps, TeamNamespaces namespaces, AppReconciler reconciler) {
        this.teams = teams;
        this.desiredApps = desiredApps;
        this.namespaces = namespaces;
        this.reconciler = reconciler;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        resyncAll();
    }

    @Scheduled(
            initialDelayString = "${slipway.kubernetes.resync-interval:5m}",
            fixedDelayString = "${slipway.kubernetes.resync-interval:5m}")
    void periodically() {
        resyncAll();
    }

    void resyncAll() {
        int failures = 0;
        for (TeamSummary team : teams.all()) {
            try {
                namespaces.apply(team.id());
            } catch (KubernetesClientException e) {
                failures++;
                log.warn("Could not resync namespace {}: {}", team.namespace(), e.getMessage());
            }
        }
        for (UUID id : desiredApps.allIds()) {
            failures += reconciler.reconcile(id) ? 0 : 1;
        }
        log.info("Resynced the cluster with the database, {} failures", failures);
    }
}
