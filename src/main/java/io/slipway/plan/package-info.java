/**
 * Plans and the quota arithmetic: what pool a plan gives a team, and what share of a member's allocation
 * an app gets.
 *
 * <p>Plans are data, seeded from {@code slipway.plans.*} and changed by platform admins through
 * {@link io.slipway.plan.PlanAdmin}; every definition a plan had is kept as a {@link io.slipway.plan.PlanRevision}.
 * This module must not depend on the team module: it asks about the teams on a plan through the
 * {@link io.slipway.plan.TeamsOnPlan} interface, which that module implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans")
package io.slipway.plan;
