package io.slipway.billing;

import io.slipway.billing.StatementCalculator.PlanEvent;
import io.slipway.plan.PlanRevision;
import io.slipway.team.TeamPlanChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Which plan a team was on, at which price, from when: the team's plan changes, each split where a platform admin
 * changed that plan's definition meanwhile. A price change thus counts from the moment it was saved.
 */
final class PlanTimeline {

    private PlanTimeline() {}

    /**
     * @param changes the team's plan changes, oldest first
     * @param revisions every definition of a plan, oldest first
     */
    static List<PlanEvent> of(List<TeamPlanChange> changes, Function<UUID, List<PlanRevision>> revisions) {
        List<PlanEvent> events = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            TeamPlanChange change = changes.get(i);
            Instant until = i + 1 < changes.size() ? changes.get(i + 1).at() : Instant.MAX;
            List<PlanRevision> definitions = revisions.apply(change.planAfterId());
            if (definitions.isEmpty()) {
                continue;
            }
            PlanRevision inForce = definitions.getFirst();
            for (PlanRevision definition : definitions) {
                if (!definition.at().isAfter(change.at())) {
                    inForce = definition;
                }
            }
            events.add(new PlanEvent(change.at(), inForce.name(), inForce.monthlyPrice()));
            for (PlanRevision definition : definitions) {
                if (definition.at().isAfter(change.at()) && definition.at().isBefore(until)) {
                    events.add(new PlanEvent(definition.at(), definition.name(), definition.monthlyPrice()));
                }
            }
        }
        return events;
    }
}
