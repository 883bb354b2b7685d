/**
 * Billing: a team's monthly statement (the plan's price prorated by the days on each plan, and the allocated
 * core-hours and GiB-hours per member) computed from the recorded plan and allocation changes, its CSV, and the
 * Billing page where team admins also change their plan.
 *
 * <p>Reads the team and plan modules' records; owns no tables. No payment provider is called: the statement is
 * where one would plug in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Billing")
package io.slipway.billing;
