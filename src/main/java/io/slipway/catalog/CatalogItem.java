package io.slipway.catalog;

import java.util.List;
import java.util.Locale;

/**
 * A catalog entry as other modules see it. {@code tags} lists the tags a user may pick, default first; it
 * never holds a tag that cannot start on its own.
 *
 * @param runAsUser the user id the image runs as, when it is not root; such images get an {@code fsGroup}
 * @param relativeCommand whether the image's command is a relative path, which a changed working directory
 *     breaks
 * @param command the command the image starts with, as the image declares it, for the form to name; null when the
 *     catalog does not record it
 */
public record CatalogItem(
        String id,
        String name,
        String description,
        String category,
        String image,
        List<String> tags,
        int port,
        Protocol protocol,
        String dataMountPath,
        String healthPath,
        String docsUrl,
        String logo,
        Integer runAsUser,
        boolean relativeCommand,
        String command,
        List<EnvHint> envHints) {

    public String defaultTag() {
        return tags.getFirst();
    }

    /** Whether the search text appears in the name, description, image or category, ignoring case. */
    boolean matches(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.trim().toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).contains(needle)
                || description.toLowerCase(Locale.ROOT).contains(needle)
                || image.toLowerCase(Locale.ROOT).contains(needle)
                || category.toLowerCase(Locale.ROOT).contains(needle);
    }
}
