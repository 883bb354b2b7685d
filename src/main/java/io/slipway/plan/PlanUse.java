package io.slipway.plan;

/** A plan and how many teams are on it, as the plan admin page lists it. */
public record PlanUse(PlanSummary plan, long teams) {}
