package io.slipway.security;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be: 10 to 64 characters, not containing the user name, not one of the passwords every
 * attacker tries first. The same check runs in the form and in the service.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 64;
    /** bcrypt reads only the first 72 bytes; a longer password would be silently cut. */
    private static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = Set.of(
            "1234567890",
            "12345678910",
            "0123456789",
            "password12",
            "password123",
            "password1234",
            "qwertyuiop",
            "1q2w3e4r5t",
            "iloveyou12",
            "letmein123",
            "welcome123",
            "abcdefghij",
            "slipway123");

    private PasswordPolicy() {}

    public static Optional<String> check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Too long: with accented letters or symbols, use fewer characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not contain the user name");
        }
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            return Optional.of("This password is too easy to guess; pick another");
        }
        return Optional.empty();
    }
}
