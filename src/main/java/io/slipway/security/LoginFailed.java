package io.slipway.security;

import java.time.Instant;
import java.util.UUID;

/**
 * A login failed. Carries no password, ever.
 *
 * @param username what was typed as the user name, cut to {@link UsernamePolicy#MAX_LENGTH} characters
 * @param accountId the account of that name; null when there is none
 * @param client the client's address
 * @param refusedWhileThrottled whether the login was refused without checking the password, after repeated failures
 */
public record LoginFailed(String username, UUID accountId, String client, boolean refusedWhileThrottled, Instant at) {}
