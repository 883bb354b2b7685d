package io.slipway.installation;

import java.util.Optional;

/**
 * Registry credentials for an image of the user's own: kept encrypted, given to the cluster only as the app's
 * {@code <app>-pull} Secret, never shown again and never logged.
 *
 * @param registry the registry host; null for Docker Hub
 */
public record PullSecret(String registry, String username, String token) {

    public static final int MAX_USERNAME_LENGTH = 255;
    public static final int MAX_TOKEN_LENGTH = 4096;

    /** Where Docker Hub's credentials are filed in a docker config. */
    public static final String DOCKER_HUB = "https://index.docker.io/v1/";

    public String server() {
        return registry == null ? DOCKER_HUB : registry;
    }

    public static Optional<String> checkUsername(String username, String token) {
        if (isBlank(username)) {
            return isBlank(token) ? Optional.empty() : Optional.of("Enter the registry user that the token belongs to");
        }
        if (username.length() > MAX_USERNAME_LENGTH) {
            return Optional.of("Use at most " + MAX_USERNAME_LENGTH + " characters");
        }
        if (username.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || c == ':')) {
            return Optional.of("A registry user has no spaces, ':' or control characters");
        }
        return Optional.empty();
    }

    public static Optional<String> checkToken(String token, String username) {
        if (isBlank(token)) {
            return isBlank(username) ? Optional.empty() : Optional.of("Enter the token or password for this user");
        }
        if (token.length() > MAX_TOKEN_LENGTH) {
            return Optional.of("Use at most " + MAX_TOKEN_LENGTH + " characters");
        }
        if (token.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return Optional.of("A token has no spaces or control characters");
        }
        return Optional.empty();
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "PullSecret[registry=" + server() + ", username=****, token=****]";
    }
}
