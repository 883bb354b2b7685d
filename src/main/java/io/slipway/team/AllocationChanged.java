package io.slipway.team;

import java.util.UUID;

/**
 * A member's allocation changed while they had apps; the apps keep their percentages, so their absolute resources
 * change too.
 */
public record AllocationChanged(UUID teamId, UUID memberId) {}
