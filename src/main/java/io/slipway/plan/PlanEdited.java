package io.slipway.plan;

import java.util.UUID;

/** A platform admin changed a plan; the namespaces of the teams on it should get the new pool as their quota. */
public record PlanEdited(UUID planId, UUID actorId) {}
