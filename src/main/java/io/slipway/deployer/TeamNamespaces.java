package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.slipway.plan.Plans;
import io.slipway.team.TeamSummary;
import io.slipway.team.Teams;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Makes a team's namespace, quota, limits and network policies exist as the team's plan says. */
@Component
class TeamNamespaces {

    private static final Logger log = LoggerFactory.getLogger(TeamNamespaces.class);

    private final Teams teams;
    private final Plans plans;
    private final ObjectApplier applier;

    TeamNamespaces(Teams teams, Plans plans, ObjectApplier applier) {
        this.teams = teams;
        this.plans = plans;
        this.applier = applier;
    }

    void apply(UUID teamId) {
        TeamSummary team = teams.team(teamId);
        for (HasMetadata object :
                DesiredTeamObjects.of(team, plans.byId(team.planId()).pool())) {
            applier.apply(object);
        }
        log.debug("Applied namespace {}", team.namespace());
    }
}
