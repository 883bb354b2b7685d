package io.slipway.security;

import java.util.Optional;
import java.util.regex.Pattern;

/** What a user name may look like: 3 to 40 lowercase letters, digits, dots, dashes or underscores. */
public final class UsernamePolicy {

    public static final int MAX_LENGTH = 40;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    private UsernamePolicy() {}

    public static Optional<String> check(String username) {
        if (username == null || username.isBlank()) {
            return Optional.of("Enter a user name");
        }
        if (username.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters");
        }
        if (!NAME.matcher(username).matches()) {
            return Optional.of("Use 3 to " + MAX_LENGTH
                    + " lowercase letters, digits, dots, dashes or underscores, starting with a letter or digit");
        }
        return Optional.empty();
    }
}
