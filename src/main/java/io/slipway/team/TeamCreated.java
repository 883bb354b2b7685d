package io.slipway.team;

import java.util.UUID;

/** A team was created; its namespace should now exist in the cluster. */
public record TeamCreated(UUID teamId) {}
