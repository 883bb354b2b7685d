package io.slipway.team;

import java.util.regex.Pattern;

/**
 * A team slug is a DNS-1123 label of 1–22 characters, so that {@code <app>-<slug>} (app names have at most 40)
 * still fits one 63-character DNS label.
 */
public final class TeamSlug {

    public static final int MAX_LENGTH = 22;
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    private TeamSlug() {}

    public static boolean isValid(String slug) {
        return slug != null
                && slug.length() <= MAX_LENGTH
                && LABEL.matcher(slug).matches();
    }
}
