package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.plan.Plans;
import io.slipway.team.TeamSummary;
import io.slipway.team.Teams;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes a team's namespace, quota, limits and network policies exist as the team's plan says, or go. */
class TeamNamespaces {

    private static final Logger log = LoggerFactory.getLogger(TeamNamespaces.class);

    private final Teams teams;
    private final Plans plans;
    private final ObjectSync sync;
    private final KubernetesClient client;

    TeamNamespaces(Teams teams, Plans plans, ObjectSync sync, KubernetesClient client) {
        this.teams = teams;
        this.plans = plans;
        this.sync = sync;
        this.client = client;
    }

    /** Applies the team's objects; nothing for a team deleted meanwhile (its deletion deletes the namespace). */
    void apply(UUID teamId) {
        teams.active(teamId).ifPresent(team -> apply(team, LiveObjects.reading(client)));
    }

    /** Applies what differs from the team's objects as {@code live} shows them. */
    void apply(TeamSummary team, LiveObjects live) {
        try (var ignored = LogContext.of(null, team.slug(), team.namespace())) {
            for (HasMetadata object :
                    DesiredTeamObjects.of(team, plans.byId(team.planId()).pool())) {
                sync.sync(object, live.of(object));
            }
            log.debug("Applied namespace {}", team.namespace());
        }
    }

    /**
     * Deletes the team's namespace, and with it everything in it, if Slipway created it.
     *
     * @return whether the namespace was there and is now being deleted
     */
    boolean delete(String slug, String namespace) {
        try (var ignored = LogContext.of(null, slug, namespace)) {
            Namespace live = client.namespaces().withName(namespace).get();
            if (live == null) {
                return false;
            }
            if (!Labels.managed(live)) {
                log.warn("Left namespace {} alone: Slipway did not create it", namespace);
                return false;
            }
            client.resource(live).delete();
            log.info("Deleted namespace {} of team {}", namespace, slug);
            return true;
        }
    }
}
