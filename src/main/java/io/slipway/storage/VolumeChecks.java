package io.slipway.storage;

import java.util.List;
import java.util.Optional;

/**
 * The checks of a volume's fields, the same for the install form (as the user types) and the service (before it
 * creates anything).
 */
public final class VolumeChecks {

    public static final int MAX_MOUNT_PATH_LENGTH = 255;

    private static final List<String> SYSTEM_DIRECTORIES = List.of("/proc", "/sys", "/dev");

    private VolumeChecks() {}

    public static Optional<String> checkMountPath(String path) {
        if (path == null || path.isBlank()) {
            return Optional.of("Enter the directory where the app keeps its data, such as /data");
        }
        if (!path.startsWith("/")) {
            return Optional.of("Use an absolute path, starting with /");
        }
        if (path.equals("/")) {
            return Optional.of("Not / itself: mount the volume at a directory of the app, such as /data");
        }
        if (path.length() > MAX_MOUNT_PATH_LENGTH) {
            return Optional.of("Use a path of at most " + MAX_MOUNT_PATH_LENGTH + " characters");
        }
        if (path.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || c == ':')) {
            return Optional.of("Use a path without spaces, ':' or control characters");
        }
        if (List.of(path.split("/")).contains("..")) {
            return Optional.of("Use a path without '..'");
        }
        if (SYSTEM_DIRECTORIES.stream().anyMatch(dir -> path.equals(dir) || path.startsWith(dir + "/"))) {
            return Optional.of("/proc, /sys and /dev belong to the system; choose a directory of the app's own");
        }
        return Optional.empty();
    }

    /**
     * @param leftGib what is left of the member's storage allocation
     */
    public static Optional<String> checkSize(Integer sizeGib, int leftGib) {
        if (sizeGib == null || sizeGib < 1) {
            return Optional.of("A volume has at least 1 GiB");
        }
        if (sizeGib > leftGib) {
            return Optional.of(
                    leftGib <= 0
                            ? "None of your storage allocation is left; delete a retained volume or ask your team admin"
                                    + " for more"
                            : "Only " + leftGib + " GiB of your storage allocation is left");
        }
        return Optional.empty();
    }

    /**
     * @param offered the volume types the team's plan offers
     */
    public static Optional<String> checkType(String type, List<String> offered) {
        if (type == null || type.isBlank()) {
            return Optional.of("Choose a volume type");
        }
        if (!offered.contains(type)) {
            return Optional.of(
                    offered.isEmpty()
                            ? "Your team's plan has no persistent volumes"
                            : "Choose one of the volume types your plan offers: " + String.join(", ", offered));
        }
        return Optional.empty();
    }
}
