package io.slipway.deployer;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.slipway.base.RetriedLater;
import io.slipway.plan.PlanEdited;
import io.slipway.team.TeamPlanChanged;
import io.slipway.team.TeamSummary;
import io.slipway.team.Teams;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Gives a team's namespace the quota of its new pool after a change of plan, or after a platform admin changed
 * the plan itself. Like {@link InstallationDeployer}, runs after commit and outside any transaction; a namespace
 * the cluster did not take leaves the publication incomplete, to be retried.
 */
@Component
class PlanDeployer {

    private static final Logger log = LoggerFactory.getLogger(PlanDeployer.class);

    private final TeamNamespaces namespaces;
    private final Teams teams;
    private final Leadership leadership;

    PlanDeployer(TeamNamespaces namespaces, Teams teams, Leadership leadership) {
        this.namespaces = namespaces;
        this.teams = teams;
        this.leadership = leadership;
    }

    @Async
    @TransactionalEventListener
    void on(TeamPlanChanged event) {
        leadership.requireLeader();
        apply(event.teamId());
        log.info("Applied the quota of plan {} to team {}", event.toPlan(), event.teamId());
    }

    @Async
    @TransactionalEventListener
    void on(PlanEdited event) {
        leadership.requireLeader();
        int deferred = 0;
        for (TeamSummary team : teams.onPlan(event.planId())) {
            try {
                namespaces.apply(team.id());
            } catch (KubernetesClientException e) {
                log.warn("Could not apply the quota of team {}, will retry: {}", team.slug(), e.getMessage());
                deferred++;
            }
        }
        if (deferred > 0) {
            throw new RetriedLater("Quota of " + deferred + " teams on plan " + event.planId() + " deferred", null);
        }
    }

    private void apply(UUID teamId) {
        try {
            namespaces.apply(teamId);
        } catch (KubernetesClientException e) {
            log.warn("Could not apply the quota of team {}, will retry: {}", teamId, e.getMessage());
            throw new RetriedLater("Quota of team " + teamId + " deferred", e);
        }
    }
}
