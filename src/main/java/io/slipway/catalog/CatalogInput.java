package io.slipway.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks of the catalog entry form, shared by the form (as the admin types) and {@link CatalogAdmin}. */
public final class CatalogInput {

    private static final Pattern ID = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern IMAGE_CHARACTERS = Pattern.compile("[a-z0-9._/:-]+");
    private static final Pattern IMAGE_COMPONENT = Pattern.compile("[a-z0-9]+([._-][a-z0-9]+)*");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** "Deploy your own image" lives at install/custom. */
    private static final Set<String> RESERVED_IDS = Set.of("custom");

    private CatalogInput() {}

    /** Every refusal of the request, per field; empty when it can be saved. */
    public static List<CatalogFieldError> validate(CatalogRequest request) {
        List<CatalogFieldError> errors = new ArrayList<>();
        add(errors, CatalogField.ID, checkId(request.getId()));
        add(errors, CatalogField.NAME, checkName(request.getName()));
        add(errors, CatalogField.DESCRIPTION, checkDescription(request.getDescription()));
        add(errors, CatalogField.CATEGORY, checkCategory(request.getCategory()));
        add(errors, CatalogField.IMAGE, checkImage(request.getImage()));
        add(errors, CatalogField.TAGS, checkTags(request.getTags()));
        add(errors, CatalogField.PORT, checkPort(request.getPort()));
        add(errors, CatalogField.PROTOCOL, request.getProtocol() == null ? Optional.of("Choose HTTP or TCP") : none());
        add(errors, CatalogField.DATA_MOUNT_PATH, checkDataMountPath(request.getDataMountPath()));
        add(errors, CatalogField.HEALTH_PATH, checkHealthPath(request.getHealthPath(), request.getProtocol()));
        add(errors, CatalogField.DOCS_URL, checkDocsUrl(request.getDocsUrl()));
        add(errors, CatalogField.RUN_AS_USER, checkRunAsUser(request.getRunAsUser()));
        add(errors, CatalogField.ENV_HINTS, checkEnvHints(request.getEnvHints()));
        return errors;
    }

    public static Optional<String> checkId(String id) {
        String value = strip(id);
        if (value.isEmpty()) {
            return Optional.of("Enter an id: it appears in the install address, install/<id>");
        }
        if (value.length() > 40) {
            return Optional.of("An id has at most 40 characters (this one has " + value.length() + ")");
        }
        if (!ID.matcher(value).matches()) {
            return Optional.of("Use lowercase letters, digits and '-', starting and ending with a letter or digit");
        }
        if (RESERVED_IDS.contains(value)) {
            return Optional.of("'" + value + "' is taken by Deploy your own image");
        }
        return none();
    }

    public static Optional<String> checkName(String name) {
        return text(name, 60, "a name");
    }

    public static Optional<String> checkDescription(String description) {
        return text(description, 300, "a short description");
    }

    public static Optional<String> checkCategory(String category) {
        return text(category, 40, "a category");
    }

    /** A repository as {@code docker pull} takes it, without tag or digest: the tags are picked in the form. */
    public static Optional<String> checkImage(String image) {
        String value = strip(image);
        if (value.isEmpty()) {
            return Optional.of("Enter the image, e.g. nginx or grafana/grafana");
        }
        if (value.length() > 255) {
            return Optional.of("An image has at most 255 characters (this one has " + value.length() + ")");
        }
        if (value.startsWith("-") || !IMAGE_CHARACTERS.matcher(value).matches()) {
            return Optional.of("Use lowercase letters, digits and . _ - / (and : for a registry port)");
        }
        if (value.contains("@")) {
            return Optional.of("Leave out the digest: members pick one of the tags below");
        }
        String[] parts = value.split("/", -1);
        String last = parts[parts.length - 1];
        if (last.contains(":")) {
            return Optional.of("Leave out the tag: list it under Tags instead");
        }
        boolean registry =
                parts.length > 1 && (parts[0].contains(".") || parts[0].contains(":") || parts[0].equals("localhost"));
        for (int i = registry ? 1 : 0; i < parts.length; i++) {
            if (!IMAGE_COMPONENT.matcher(parts[i]).matches()) {
                return Optional.of("'" + parts[i] + "' is not a valid part of an image name");
            }
        }
        return none();
    }

    public static Optional<String> checkTags(String tags) {
        List<String> list = tags(tags);
        if (list.isEmpty()) {
            return Optional.of("Enter at least one tag, the default first, e.g. latest, 1.27");
        }
        Set<String> seen = new HashSet<>();
        for (String tag : list) {
            if (!TAG.matcher(tag).matches()) {
                return Optional.of("'" + tag + "' is not a tag: letters, digits, _ . -, at most 128 characters");
            }
            if (!seen.add(tag)) {
                return Optional.of("'" + tag + "' is listed twice");
            }
        }
        return none();
    }

    public static Optional<String> checkPort(String port) {
        String value = strip(port);
        try {
            int number = Integer.parseInt(value);
            return number >= 1 && number <= 65535 ? none() : Optional.of("A port is from 1 to 65535");
        } catch (NumberFormatException e) {
            return Optional.of(value.isEmpty() ? "Enter the port the image listens on" : "A port is a number");
        }
    }

    public static Optional<String> checkDataMountPath(String path) {
        String value = strip(path);
        if (value.isEmpty()) {
            return none();
        }
        return absolutePath(value, "A data path");
    }

    public static Optional<String> checkHealthPath(String path, Protocol protocol) {
        String value = strip(path);
        if (value.isEmpty()) {
            return none();
        }
        if (protocol == Protocol.TCP) {
            return Optional.of("A health-check path needs HTTP; leave it empty for a TCP app");
        }
        if (!value.startsWith("/") || value.length() > 255 || value.chars().anyMatch(c -> c <= ' ')) {
            return Optional.of("A path from the app's root, e.g. /health, without spaces");
        }
        return none();
    }

    public static Optional<String> checkDocsUrl(String url) {
        String value = strip(url);
        if (value.isEmpty()) {
            return Optional.of("Enter the address of the image's documentation");
        }
        if (value.length() > 255) {
            return Optional.of("An address has at most 255 characters");
        }
        try {
            URI uri = new URI(value);
            boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            return web && uri.getHost() != null ? none() : Optional.of("An http:// or https:// address");
        } catch (URISyntaxException e) {
            return Optional.of("An http:// or https:// address");
        }
    }

    public static Optional<String> checkRunAsUser(String user) {
        String value = strip(user);
        if (value.isEmpty()) {
            return none();
        }
        try {
            long id = Long.parseLong(value);
            return id >= 1 && id <= Integer.MAX_VALUE
                    ? none()
                    : Optional.of("A user id from 1 up; leave it empty for an image that runs as root");
        } catch (NumberFormatException e) {
            return Optional.of("A user id is a number, e.g. 10000");
        }
    }

    public static Optional<String> checkEnvHints(String lines) {
        Set<String> names = new HashSet<>();
        String[] rows = lines == null ? new String[0] : lines.split("\\R");
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].isBlank()) {
                continue;
            }
            String line = "Line " + (i + 1) + ": ";
            String[] parts = rows[i].split("\\|", -1);
            if (parts.length < 2 || parts.length > 3) {
                return Optional.of(line + "write NAME | description, or NAME | description | example");
            }
            String name = parts[0].strip();
            if (!ENV_NAME.matcher(name).matches() || name.length() > 100) {
                return Optional.of(line + "'" + name + "' is not a variable name (letters, digits, _)");
            }
            if (!names.add(name)) {
                return Optional.of(line + name + " is listed twice");
            }
            String description = parts[1].strip();
            if (description.isEmpty() || description.length() > 300) {
                return Optional.of(line + "describe " + name + " in at most 300 characters");
            }
            if (parts.length == 3 && parts[2].strip().length() > 200) {
                return Optional.of(line + "an example has at most 200 characters");
            }
        }
        return none();
    }

    /** The entry the request describes; call only when {@link #validate} found nothing. */
    static CatalogItem item(CatalogRequest request, String id, String logo, boolean relativeCommand, String command) {
        return new CatalogItem(
                id,
                strip(request.getName()),
                strip(request.getDescription()),
                strip(request.getCategory()),
                strip(request.getImage()),
                tags(request.getTags()),
                Integer.parseInt(strip(request.getPort())),
                request.getProtocol(),
                emptyToNull(request.getDataMountPath()),
                emptyToNull(request.getHealthPath()),
                strip(request.getDocsUrl()),
                logo,
                emptyToNull(request.getRunAsUser()) == null ? null : Integer.valueOf(strip(request.getRunAsUser())),
                relativeCommand,
                command,
                envHints(request.getEnvHints()));
    }

    static List<String> tags(String tags) {
        if (tags == null) {
            return List.of();
        }
        return List.of(tags.split(",")).stream()
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .toList();
    }

    static List<EnvHint> envHints(String lines) {
        if (lines == null) {
            return List.of();
        }
        return lines.lines()
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\\|", -1))
                .map(parts -> new EnvHint(
                        parts[0].strip(), parts[1].strip(), parts.length == 3 ? emptyToNull(parts[2]) : null))
                .toList();
    }

    private static Optional<String> absolutePath(String value, String what) {
        if (!value.startsWith("/") || value.equals("/")) {
            return Optional.of(what + " is absolute and not / itself, e.g. /data");
        }
        if (value.length() > 255 || value.contains("..") || value.chars().anyMatch(c -> c <= ' ' || c == ':')) {
            return Optional.of(what + " has no '..', ':' or spaces, and at most 255 characters");
        }
        return none();
    }

    private static Optional<String> text(String value, int max, String what) {
        String stripped = strip(value);
        if (stripped.isEmpty()) {
            return Optional.of("Enter " + what);
        }
        if (stripped.length() > max) {
            return Optional.of("At most " + max + " characters (this has " + stripped.length() + ")");
        }
        return none();
    }

    private static void add(List<CatalogFieldError> errors, CatalogField field, Optional<String> message) {
        message.ifPresent(text -> errors.add(new CatalogFieldError(field, text)));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String emptyToNull(String value) {
        String stripped = strip(value);
        return stripped.isEmpty() ? null : stripped;
    }

    private static Optional<String> none() {
        return Optional.empty();
    }
}
