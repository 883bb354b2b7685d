/**
 * Who is logged in: user accounts with hashed passwords, the login page with its throttling, the current user and
 * the secret cipher that keeps env values encrypted at rest.
 *
 * <p>Knows nothing about teams or apps; other modules ask {@link io.slipway.security.CurrentUser} who is acting, and
 * hear of failed logins through {@link io.slipway.security.LoginFailed}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package io.slipway.security;
