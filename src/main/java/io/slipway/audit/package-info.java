/**
 * The audit log: an append-only record per team of who did what, when (installs, member, role, allocation and
 * plan changes, failed logins on the team's accounts), and the page where team admins read it.
 *
 * <p>Listens to the other modules' events and writes each entry in the transaction of the change it describes,
 * so the log neither misses a change nor shows one that was rolled back. No other module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package io.slipway.audit;
