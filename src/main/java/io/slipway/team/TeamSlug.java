package io.slipway.team;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A team slug is a DNS-1123 label of 1–22 characters, so that {@code <app>-<slug>} (app names have at most 40)
 * still fits one 63-character DNS label. It is derived from the team's name: "Acme Rockets" → {@code acme-rockets}.
 */
public final class TeamSlug {

    public static final int MAX_LENGTH = 22;
    public static final int MAX_NAME_LENGTH = 63;
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9]+");

    private TeamSlug() {}

    public static boolean isValid(String slug) {
        return slug != null
                && slug.length() <= MAX_LENGTH
                && LABEL.matcher(slug).matches();
    }

    /** The slug of a team name: lowercase Latin letters and digits, runs of anything else as one dash. */
    public static String from(String teamName) {
        if (teamName == null) {
            return "";
        }
        String ascii = MARKS.matcher(Normalizer.normalize(teamName.strip(), Normalizer.Form.NFD))
                .replaceAll("")
                .replace("ß", "ss")
                .toLowerCase(Locale.ROOT);
        String slug = trimDashes(NOT_ALLOWED.matcher(ascii).replaceAll("-"));
        return trimDashes(slug.substring(0, Math.min(MAX_LENGTH, slug.length())));
    }

    /** What is wrong with a team name, if anything; uniqueness is the service's to check. */
    public static Optional<String> checkName(String teamName) {
        if (teamName == null || teamName.isBlank()) {
            return Optional.of("Enter a team name");
        }
        if (teamName.strip().length() > MAX_NAME_LENGTH) {
            return Optional.of("Use at most " + MAX_NAME_LENGTH + " characters");
        }
        if (from(teamName).isEmpty()) {
            return Optional.of(
                    "The name needs at least one letter (a–z) or digit; your team's address is made of them");
        }
        return Optional.empty();
    }

    private static String trimDashes(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && value.charAt(start) == '-') {
            start++;
        }
        while (end > start && value.charAt(end - 1) == '-') {
            end--;
        }
        return value.substring(start, end);
    }
}
