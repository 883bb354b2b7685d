/**
 * Plans and the quota arithmetic: what pool a plan gives a team, and what share of a member's allocation
 * an app gets.
 *
 * <p>Plans are data, seeded from {@code slipway.plans.*}. This module knows no teams or users.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans")
package io.slipway.plan;
