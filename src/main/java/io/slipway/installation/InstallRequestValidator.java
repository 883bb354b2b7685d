package io.slipway.installation;

import io.slipway.catalog.CatalogItem;
import io.slipway.storage.VolumeChecks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks of an install request that need nothing but the request and its catalog entry. The form runs each
 * field's check as the user types; the service runs them all again before it touches anything.
 */
public final class InstallRequestValidator {

    public static final int MAX_NAME_LENGTH = 40;
    public static final int MAX_ENV_VARS = 100;
    public static final int MAX_ENV_VALUE_LENGTH = 16 * 1024;

    // A DNS-1035 label: the app name also names its Service, and Services may not start with a digit.
    private static final Pattern APP_NAME = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern ENV_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,5}");

    private InstallRequestValidator() {}

    public static List<FieldError> validate(InstallRequest request, CatalogItem entry) {
        List<FieldError> errors = new ArrayList<>();
        checkTag(request.getTag(), entry).ifPresent(m -> errors.add(new FieldError(InstallField.TAG, m)));
        errors.addAll(validateSettings(request));
        return errors;
    }

    /** An image of the user's own: the reference and registry credentials instead of a catalog entry's tag. */
    public static List<FieldError> validateOwnImage(InstallRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ImageReference.check(request.getImage()).ifPresent(m -> errors.add(new FieldError(InstallField.IMAGE, m)));
        PullSecret.checkUsername(request.getRegistryUser(), request.getRegistryToken())
                .ifPresent(m -> errors.add(new FieldError(InstallField.REGISTRY_USER, m)));
        PullSecret.checkToken(request.getRegistryToken(), request.getRegistryUser())
                .ifPresent(m -> errors.add(new FieldError(InstallField.REGISTRY_TOKEN, m)));
        errors.addAll(validateSettings(request));
        return errors;
    }

    private static List<FieldError> validateSettings(InstallRequest request) {
        List<FieldError> errors = new ArrayList<>();
        checkName(request.getName()).ifPresent(m -> errors.add(new FieldError(InstallField.NAME, m)));
        checkPercent(request.getPercent()).ifPresent(m -> errors.add(new FieldError(InstallField.PERCENT, m)));
        if (request.getProtocol() == null) {
            errors.add(new FieldError(InstallField.PROTOCOL, "Choose HTTP or TCP"));
        }
        checkPort(request.getPort()).ifPresent(m -> errors.add(new FieldError(InstallField.PORT, m)));
        checkEnv(request.getEnv()).ifPresent(m -> errors.add(new FieldError(InstallField.ENV, m)));
        checkWorkingDir(request.getWorkingDir())
                .ifPresent(m -> errors.add(new FieldError(InstallField.WORKING_DIR, m)));
        if (request.getAccess() == null) {
            errors.add(new FieldError(InstallField.ACCESS, "Choose Public or Private"));
        }
        if (request.getPersistence() == null) {
            errors.add(new FieldError(InstallField.PERSISTENCE, "Choose how the app keeps its data"));
        } else if (request.getPersistence() == Persistence.VOLUME) {
            checkVolume(request, errors);
        }
        return errors;
    }

    /** What can be checked of a volume without the member: its plan's types and what is left come later. */
    private static void checkVolume(InstallRequest request, List<FieldError> errors) {
        VolumeChecks.checkMountPath(request.getMountPath())
                .ifPresent(m -> errors.add(new FieldError(InstallField.MOUNT_PATH, m)));
        if (request.getRetainedVolumeId() != null) {
            return;
        }
        if (request.getVolumeType() == null || request.getVolumeType().isBlank()) {
            errors.add(new FieldError(InstallField.VOLUME_TYPE, "Choose a volume type"));
        }
        VolumeChecks.checkSize(request.getVolumeSizeGib(), Integer.MAX_VALUE)
                .ifPresent(m -> errors.add(new FieldError(InstallField.VOLUME_SIZE, m)));
    }

    public static Optional<String> checkName(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("Enter a name for the app");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return Optional.of("Use at most " + MAX_NAME_LENGTH + " characters (this has " + name.length() + ")");
        }
        if (!name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of("Use lowercase letters only: " + name.toLowerCase(java.util.Locale.ROOT));
        }
        if (name.startsWith("-") || name.endsWith("-")) {
            return Optional.of("Start and end the name with a letter or digit, not '-'");
        }
        if (!Character.isLetter(name.charAt(0))) {
            return Optional.of("Start the name with a letter");
        }
        if (!APP_NAME.matcher(name).matches()) {
            return Optional.of("Use only lowercase letters, digits and '-'");
        }
        return Optional.empty();
    }

    public static Optional<String> checkTag(String tag, CatalogItem entry) {
        if (tag == null || tag.isEmpty()) {
            return Optional.of("Choose a version");
        }
        if (!entry.tags().contains(tag)) {
            return Optional.of("Choose one of the versions offered: " + String.join(", ", entry.tags()));
        }
        return Optional.empty();
    }

    public static Optional<String> checkPercent(Integer percent) {
        if (percent == null || percent < 1 || percent > 100) {
            return Optional.of("Choose a whole percentage from 1 to 100");
        }
        return Optional.empty();
    }

    public static Optional<String> checkPort(String port) {
        if (port == null || port.isBlank()) {
            return Optional.of("Enter the port the app listens on");
        }
        if (!DIGITS.matcher(port.trim()).matches() || parsePort(port) < 1 || parsePort(port) > 65535) {
            return Optional.of("A port is a whole number from 1 to 65535");
        }
        return Optional.empty();
    }

    /** The port as a number; call only after {@link #checkPort} passed. */
    public static int parsePort(String port) {
        return Integer.parseInt(port.trim());
    }

    public static Optional<String> checkEnv(List<EnvVar> env) {
        if (env == null) {
            return Optional.empty();
        }
        if (env.size() > MAX_ENV_VARS) {
            return Optional.of("Use at most " + MAX_ENV_VARS + " environment variables");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < env.size(); i++) {
            Optional<String> problem = checkEnvVar(env.get(i), i + 1, seen);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> checkEnvVar(EnvVar variable, int row, Map<String, Integer> seen) {
        String key = variable.key();
        if (key == null || key.isEmpty()) {
            return Optional.of("Row " + row + ": enter a variable name");
        }
        if (!ENV_KEY.matcher(key).matches()) {
            return Optional.of("Row " + row + ": " + key
                    + " is not a valid name; use letters, digits and _, and do not start with a digit");
        }
        Integer earlier = seen.putIfAbsent(key, row);
        if (earlier != null) {
            return Optional.of("Row " + row + ": " + key + " is already set in row " + earlier);
        }
        if (variable.value() != null && variable.value().length() > MAX_ENV_VALUE_LENGTH) {
            return Optional.of("Row " + row + ": the value of " + key + " is longer than 16 KiB");
        }
        return Optional.empty();
    }

    public static Optional<String> checkWorkingDir(String dir) {
        if (dir == null || dir.isEmpty()) {
            return Optional.empty();
        }
        if (!dir.startsWith("/")) {
            return Optional.of("Use an absolute path, starting with /");
        }
        if (dir.length() > 255) {
            return Optional.of("Use a path of at most 255 characters");
        }
        if (dir.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return Optional.of("Use a path without spaces or control characters");
        }
        if (List.of(dir.split("/")).contains("..")) {
            return Optional.of("Use a path without '..'");
        }
        return Optional.empty();
    }
}
