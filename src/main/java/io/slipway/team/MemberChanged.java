package io.slipway.team;

import io.slipway.plan.Allocation;
import java.time.Instant;
import java.util.UUID;

/**
 * A member joined or left a team, or their role or allocation changed; published in the transaction that records
 * it. A missing "before" means the member joined; a missing "after" means they left.
 */
public record MemberChanged(
        UUID teamId,
        UUID actorId,
        UUID memberId,
        TeamChangeKind kind,
        TeamRole roleBefore,
        TeamRole roleAfter,
        Allocation allocationBefore,
        Allocation allocationAfter,
        Instant at) {}
