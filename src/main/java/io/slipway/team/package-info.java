/**
 * Teams (the tenants), their members, each member's role and allocation out of the team's pool; the team's plan
 * (tier) and changes of it; sign-up; the append-only records of member, allocation and plan changes.
 *
 * <p>A user belongs to one team. Other modules read a member through {@link io.slipway.team.Teams} and lock it
 * there while they spend its allocation. Team admins act through {@link io.slipway.team.TeamMembers},
 * {@link io.slipway.team.Allocations} and {@link io.slipway.team.TierChanges}, which check the caller themselves.
 * This module must not depend on the installation module: it learns about a member's apps through the
 * {@link io.slipway.team.MemberApps} interface, which that module implements. It tells the plan module about the
 * teams on a plan through {@link io.slipway.plan.TeamsOnPlan}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Teams")
package io.slipway.team;
