package io.slipway.team;

import io.slipway.plan.Allocation;
import java.time.Instant;
import java.util.UUID;

/**
 * One recorded change of a team's members or allocations: who did it, when, and the member's role and allocation
 * before and after. A missing "before" means the member joined; a missing "after" means they left.
 *
 * @param sequence orders changes that happened within the same instant
 */
public record TeamChange(
        long sequence,
        UUID teamId,
        Instant at,
        TeamChangeKind kind,
        UUID actorId,
        String actor,
        UUID memberId,
        String member,
        TeamRole roleBefore,
        TeamRole roleAfter,
        Allocation allocationBefore,
        Allocation allocationAfter) {}
