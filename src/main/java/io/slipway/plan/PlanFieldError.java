package io.slipway.plan;

/** A message for the platform admin, shown next to the field of the plan form that caused it. */
public record PlanFieldError(PlanField field, String message) {}
