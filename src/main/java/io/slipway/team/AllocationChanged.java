package io.slipway.team;

import java.util.UUID;

/** A member's allocation changed; their apps keep their percentages, so their absolute resources change too. */
public record AllocationChanged(UUID teamId, UUID memberId) {}
