/**
 * Teams (the tenants), their members, each member's role and allocation out of the team's pool; sign-up; the
 * append-only record of member and allocation changes.
 *
 * <p>A user belongs to one team. Other modules read a member through {@link io.slipway.team.Teams} and lock it
 * there while they spend its allocation. Team admins act through {@link io.slipway.team.TeamMembers} and
 * {@link io.slipway.team.Allocations}, which check the caller themselves. This module must not depend on the
 * installation module: it learns about a member's apps through the {@link io.slipway.team.MemberApps} interface,
 * which that module implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Teams")
package io.slipway.team;
