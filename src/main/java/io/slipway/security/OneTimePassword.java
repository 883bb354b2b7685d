package io.slipway.security;

import java.util.UUID;

/**
 * A new account and the password it was given, to be shown once to whoever created it. The user must replace
 * the password at their first login.
 */
public record OneTimePassword(UUID userId, String username, String password) {

    @Override
    public String toString() {
        return "OneTimePassword[" + username + "]";
    }
}
