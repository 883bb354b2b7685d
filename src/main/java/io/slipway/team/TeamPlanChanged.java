package io.slipway.team;

import java.time.Instant;
import java.util.UUID;

/**
 * A team admin moved the team to another plan (tier), and it committed: the namespace's quota should follow the
 * new pool.
 */
public record TeamPlanChanged(
        UUID teamId, UUID actorId, UUID fromPlanId, String fromPlan, UUID toPlanId, String toPlan, Instant at) {}
