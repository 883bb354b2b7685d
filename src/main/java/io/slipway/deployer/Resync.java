package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.slipway.installation.DesiredApps;
import io.slipway.team.TeamSummary;
import io.slipway.team.Teams;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Level-triggered safety net, on the leader: compares every team's namespace and every app with the database,
 * at start-up and then periodically, and writes only what differs; a deleted team's namespace that is still there
 * is deleted. It lists each kind once (by Slipway's label) instead of reading objects one by one. Env Secrets,
 * which Slipway may not list cluster-wide, are not read here: every install and edit applies them, and a pod that
 * misses its Secret makes the drift watch restore it. An own image's pull Secret is read by name: a pod that
 * already pulled its image runs on without it, so only a resync notices that it is gone.
 */
@Component
class Resync {

    private static final Logger log = LoggerFactory.getLogger(Resync.class);

    /** The kinds a resync lists in one request each. */
    static final Set<String> LISTED =
            Set.of("Namespace", "ResourceQuota", "LimitRange", "NetworkPolicy", "Deployment", "Service", "Ingress");

    private final Teams teams;
    private final DesiredApps desiredApps;
    private final TeamNamespaces namespaces;
    private final AppReconciler reconciler;
    private final KubernetesClient client;
    private final Leadership leadership;

    Resync(
            Teams teams,
            DesiredApps desiredApps,
            TeamNamespaces namespaces,
            AppReconciler reconciler,
            KubernetesClient client,
            Leadership leadership) {
        this.teams = teams;
        this.desiredApps = desiredApps;
        this.namespaces = namespaces;
        this.reconciler = reconciler;
        this.client = client;
        this.leadership = leadership;
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

    /** @return how many teams and apps could not be brought in line (the cluster failed to answer) */
    int resyncAll() {
        if (!leadership.isLeader()) {
            return 0;
        }
        LiveObjects live;
        try {
            live = LiveObjects.snapshot(LISTED, listManaged(), client);
        } catch (KubernetesClientException e) {
            log.warn("Could not resync: the cluster did not answer: {}", e.getMessage());
            return 1;
        }
        int failures = 0;
        for (TeamSummary team : teams.all()) {
            try {
                namespaces.apply(team, live);
            } catch (KubernetesClientException | ObjectSync.NotManaged e) {
                failures++;
                log.warn("Could not resync namespace {}: {}", team.namespace(), e.getMessage());
            }
        }
        for (TeamSummary team : teams.deleted()) {
            try {
                if (live.of(namespace(team)) != null) {
                    namespaces.delete(team.slug(), team.namespace());
                }
            } catch (KubernetesClientException e) {
                failures++;
                log.warn("Could not delete namespace {} of a deleted team: {}", team.namespace(), e.getMessage());
            }
        }
        for (UUID id : desiredApps.allIds()) {
            failures += reconciler.reconcile(id, live) ? 0 : 1;
        }
        log.info("Resynced the cluster with the database, {} failures", failures);
        return failures;
    }

    private static Namespace namespace(TeamSummary team) {
        return new NamespaceBuilder()
                .withNewMetadata()
                .withName(team.namespace())
                .endMetadata()
                .build();
    }

    /** Every object of the listed kinds that carries Slipway's label, in one request per kind. */
    List<HasMetadata> listManaged() {
        List<HasMetadata> objects = new ArrayList<>();
        objects.addAll(client.namespaces()
                .withLabel(Labels.MANAGED_BY, Labels.SLIPWAY)
                .list()
                .getItems());
        objects.addAll(client.resourceQuotas()
                .inAnyNamespace()
                .withLabel(Labels.MANAGED_BY, Labels.SLIPWAY)
                .list()
                .getItems());
        objects.addAll(client.limitRanges()
                .inAnyNamespace()
                .withLabel(Labels.MANAGED_BY, Labels.SLIPWAY)
                .list()
                .getItems());
        objects.addAll(client.network()
                .v1()
                .networkPolicies()
                .inAnyNamespace()
                .withLabel(Labels.MANAGED_BY, Labels.SLIPWAY)
                .list()
                .getItems());
        objects.addAll(client.apps()
                .deployments()
                .inAnyNamespace()
                .withLabel(Labels.MANAGED_BY, Labels.SLIPWAY)
                .list()
                .getItems());
        objects.addAll(client.services()
                .inAnyNamespace()
                .withLabel(Labels.MANAGED_BY, Labels.SLIPWAY)
                .list()
                .getItems());
        objects.addAll(client.network()
                .v1()
                .ingresses()
                .inAnyNamespace()
                .withLabel(Labels.MANAGED_BY, Labels.SLIPWAY)
                .list()
                .getItems());
        return objects;
    }
}
