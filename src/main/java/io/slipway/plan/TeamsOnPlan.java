package io.slipway.plan;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the plan module needs to know about the teams on a plan, implemented by the module that owns teams (so
 * that this module does not depend on it): a plan edit may not leave a team on it over its pool.
 */
public interface TeamsOnPlan {

    /**
     * Locks every team on the plan until the transaction ends, then says, per field of the plan form, which teams
     * would not fit {@code proposed}. Empty when all fit.
     */
    List<PlanFieldError> lockAndCheck(UUID planId, PlanSummary proposed);

    /** How many teams are on each plan; plans without teams are missing. */
    Map<UUID, Long> countByPlan();
}
