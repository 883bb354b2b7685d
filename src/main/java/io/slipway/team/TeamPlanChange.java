package io.slipway.team;

import java.time.Instant;
import java.util.UUID;

/**
 * One recorded change of a team's plan (tier): who made it, when, and the plan before and after, by id and by the
 * name it had then. A missing "before" means the team was created on the plan.
 *
 * @param actorId null for the plan of a team created before plan changes were recorded
 * @param sequence orders changes that happened within the same instant
 */
public record TeamPlanChange(
        long sequence,
        UUID teamId,
        Instant at,
        UUID actorId,
        String actor,
        UUID planBeforeId,
        String planBefore,
        UUID planAfterId,
        String planAfter) {}
