/**
 * Teams (the tenants), their members, each member's role and allocation out of the team's pool.
 *
 * <p>A user belongs to one team. Other modules read a member through {@link io.slipway.team.Teams} and lock
 * it there while they spend its allocation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Teams")
package io.slipway.team;
