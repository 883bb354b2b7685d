package io.slipway.installation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An image reference a user typed for their own image: {@code [registry host[:port]/]path[:tag][@sha256:digest]}.
 *
 * @param name the registry host (if any) and the repository path, as the Deployment names the image
 * @param version what follows the name: a tag, a digest ({@code sha256:…}), or {@code tag@sha256:…}
 * @param registry the registry host, or null for Docker Hub
 */
public record ImageReference(String name, String version, String registry) {

    public static final int MAX_PATH_LENGTH = 255;
    public static final int MAX_TAG_LENGTH = 128;
    public static final int MAX_LENGTH = 512;
    public static final String DEFAULT_TAG = "latest";

    private static final Pattern HOST = Pattern.compile(
            "(localhost|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+)(:[0-9]{1,5})?");
    private static final Pattern PATH_COMPONENT = Pattern.compile("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
    private static final Pattern DIGEST = Pattern.compile("sha256:[a-f0-9]{64}");
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._:/@-]+");

    /** The reference as a container runtime takes it. */
    public String reference() {
        return join(name, version);
    }

    /** {@code name:tag}, {@code name@sha256:…} or {@code name:tag@sha256:…}. */
    public static String join(String name, String version) {
        return name + (version.startsWith("sha256:") ? "@" : ":") + version;
    }

    /**
     * @throws IllegalArgumentException with the message of {@link #check}
     */
    public static ImageReference parse(String text) {
        Optional<String> problem = check(text);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        String value = text.strip();
        String digest = null;
        int at = value.indexOf('@');
        if (at >= 0) {
            digest = value.substring(at + 1);
            value = value.substring(0, at);
        }
        String tag = null;
        int colon = value.lastIndexOf(':');
        if (colon > value.lastIndexOf('/')) {
            tag = value.substring(colon + 1);
            value = value.substring(0, colon);
        }
        String version =
                tag == null ? (digest == null ? DEFAULT_TAG : digest) : digest == null ? tag : tag + "@" + digest;
        return new ImageReference(value, version, registryOf(value));
    }

    /** What is wrong with a reference the user typed, in words they can act on; empty when nothing is. */
    public static Optional<String> check(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("Enter an image reference, such as ghcr.io/acme/shop:1.4 or nginx");
        }
        String value = text.strip();
        if (value.startsWith("-")) {
            return Optional.of("An image reference cannot start with '-': it is not a command-line option");
        }
        if (!ALLOWED.matcher(value).matches()) {
            return Optional.of("Use only letters, digits and . _ - / : @ in an image reference; no spaces or"
                    + " shell characters such as ; | & $");
        }
        if (value.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters (this has " + value.length() + ")");
        }
        int at = value.indexOf('@');
        if (at >= 0) {
            Optional<String> digest = checkDigest(value.substring(at + 1));
            if (digest.isPresent()) {
                return digest;
            }
            value = value.substring(0, at);
        }
        int colon = value.lastIndexOf(':');
        if (colon > value.lastIndexOf('/')) {
            Optional<String> tag = checkTag(value.substring(colon + 1));
            if (tag.isPresent()) {
                return tag;
            }
            value = value.substring(0, colon);
        }
        return checkName(value);
    }

    /**
     * What is wrong with a version typed by itself, as an own image's edit takes it: a tag, a digest
     * ({@code sha256:…}) or both ({@code 1.4@sha256:…}); empty when nothing is.
     */
    public static Optional<String> checkVersion(String version) {
        if (version == null || version.isBlank()) {
            return Optional.of("Enter a tag, such as 1.4, or a sha256 digest");
        }
        String value = version.strip();
        if (!value.equals(version)) {
            return Optional.of("Leave out the spaces around the version");
        }
        int at = value.indexOf('@');
        if (at >= 0) {
            return checkTag(value.substring(0, at)).or(() -> checkDigest(value.substring(at + 1)));
        }
        return value.startsWith("sha256:") ? checkDigest(value) : checkTag(value);
    }

    private static Optional<String> checkDigest(String digest) {
        if (!DIGEST.matcher(digest).matches()) {
            return Optional.of("A digest is sha256: followed by 64 lowercase hexadecimal digits");
        }
        return Optional.empty();
    }

    private static Optional<String> checkTag(String tag) {
        if (tag.isEmpty()) {
            return Optional.of("Enter a tag after ':', or leave out the ':' for latest");
        }
        if (tag.length() > MAX_TAG_LENGTH) {
            return Optional.of(
                    "A tag has at most " + MAX_TAG_LENGTH + " characters (this one has " + tag.length() + ")");
        }
        if (!TAG.matcher(tag).matches()) {
            return Optional.of("A tag uses letters, digits, '_', '.' and '-', and does not start with '.' or '-'");
        }
        return Optional.empty();
    }

    private static Optional<String> checkName(String name) {
        String registry = registryOf(name);
        String path = registry == null ? name : name.substring(registry.length() + 1);
        if (registry != null && !HOST.matcher(registry).matches()) {
            return Optional.of("The registry host " + registry + " is not a valid host name");
        }
        if (path.isEmpty()) {
            return Optional.of("Enter the image's name after the registry host, such as " + name + "/team/app");
        }
        if (path.length() > MAX_PATH_LENGTH) {
            return Optional.of("The image's name has at most " + MAX_PATH_LENGTH + " characters (this one has "
                    + path.length() + ")");
        }
        if (!path.equals(path.toLowerCase(Locale.ROOT))) {
            return Optional.of("Use lowercase letters in the image's name: " + path.toLowerCase(Locale.ROOT));
        }
        for (String component : path.split("/", -1)) {
            if (!PATH_COMPONENT.matcher(component).matches()) {
                return Optional.of("Each part of the image's name between '/' uses lowercase letters and digits,"
                        + " joined by '.', '_' or '-'");
            }
        }
        return Optional.empty();
    }

    /** Docker's rule: the first part is a registry host when it has a '.' or a ':', or is localhost. */
    private static String registryOf(String name) {
        int slash = name.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String first = name.substring(0, slash);
        return first.contains(".") || first.contains(":") || first.equals("localhost") ? first : null;
    }
}
