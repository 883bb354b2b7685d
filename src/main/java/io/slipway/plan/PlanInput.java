package io.slipway.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what a platform admin typed into the plan form. Each check is the same in the form and the service; the
 * {@code parse} methods expect input that passed its check.
 */
public final class PlanInput {

    public static final int MAX_NAME_LENGTH = 40;
    /** The most of any resource a pool may hold; allocations are bounded alike, so their sums cannot overflow. */
    static final int MAX_UNITS = 10_000_000;

    static final int MAX_APPS = 10_000;
    private static final BigDecimal MAX_PRICE = new BigDecimal("99999999.99");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,8}(\\.\\d{1,2})?");

    private PlanInput() {}

    public static Optional<String> checkName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("Enter a name, e.g. Premium");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            return Optional.of("Use at most " + MAX_NAME_LENGTH + " characters");
        }
        return Optional.empty();
    }

    public static Optional<String> checkCpu(String input) {
        return checkWhole(input, "CPU in millicores, e.g. 8000 for 8 cores", 1, MAX_UNITS, "m");
    }

    public static Optional<String> checkMemory(String input) {
        return checkWhole(input, "memory in MiB, e.g. 16384 for 16 GiB", 1, MAX_UNITS, "MiB");
    }

    public static Optional<String> checkStorage(String input) {
        return checkWhole(input, "volume storage in GiB; 0 for none", 0, MAX_UNITS, "GiB");
    }

    public static Optional<String> checkMaxApps(String input) {
        return checkWhole(input, "how many apps a team may run, e.g. 50", 1, MAX_APPS, "apps");
    }

    public static Optional<String> checkPrice(String input) {
        if (input == null || input.isBlank()) {
            return Optional.of("Enter the monthly price, e.g. 49 or 49.90; 0 for a free plan");
        }
        String value = input.strip();
        if (value.startsWith("-")) {
            return Optional.of("A price cannot be negative");
        }
        if (!AMOUNT.matcher(value).matches()) {
            return Optional.of("Enter an amount such as 49 or 49.90: digits, at most two decimals");
        }
        if (new BigDecimal(value).compareTo(MAX_PRICE) > 0) {
            return Optional.of("At most " + MAX_PRICE.toPlainString());
        }
        return Optional.empty();
    }

    /** Volume types must be configured ones, and a plan offers them exactly when it has storage. */
    public static Optional<String> checkVolumeTypes(Set<String> chosen, String storage, Collection<String> known) {
        List<String> unknown =
                chosen.stream().filter(type -> !known.contains(type)).toList();
        if (!unknown.isEmpty()) {
            return Optional.of("Unknown volume type: " + String.join(", ", unknown));
        }
        if (checkStorage(storage).isPresent()) {
            return Optional.empty();
        }
        int gib = parseWhole(storage);
        if (gib == 0 && !chosen.isEmpty()) {
            return Optional.of("A plan without storage offers no volume types; clear them or give it storage");
        }
        if (gib > 0 && chosen.isEmpty() && !known.isEmpty()) {
            return Optional.of("Choose at least one volume type, or set storage to 0");
        }
        return Optional.empty();
    }

    /** Every field's problem, or none. */
    public static List<PlanFieldError> validate(PlanRequest request, Collection<String> knownVolumeTypes) {
        List<PlanFieldError> errors = new ArrayList<>();
        checkName(request.getName()).ifPresent(m -> errors.add(new PlanFieldError(PlanField.NAME, m)));
        checkCpu(request.getCpu()).ifPresent(m -> errors.add(new PlanFieldError(PlanField.CPU, m)));
        checkMemory(request.getMemory()).ifPresent(m -> errors.add(new PlanFieldError(PlanField.MEMORY, m)));
        checkStorage(request.getStorage()).ifPresent(m -> errors.add(new PlanFieldError(PlanField.STORAGE, m)));
        checkMaxApps(request.getMaxApps()).ifPresent(m -> errors.add(new PlanFieldError(PlanField.MAX_APPS, m)));
        checkVolumeTypes(request.getVolumeTypes(), request.getStorage(), knownVolumeTypes)
                .ifPresent(m -> errors.add(new PlanFieldError(PlanField.VOLUME_TYPES, m)));
        checkPrice(request.getPrice()).ifPresent(m -> errors.add(new PlanFieldError(PlanField.PRICE, m)));
        return errors;
    }

    /** The pool of a valid request. */
    public static Pool pool(PlanRequest request) {
        return new Pool(
                parseWhole(request.getCpu()),
                parseWhole(request.getMemory()),
                parseWhole(request.getStorage()),
                parseWhole(request.getMaxApps()));
    }

    /** The monthly price of a valid request, with two decimals. */
    public static BigDecimal price(PlanRequest request) {
        return new BigDecimal(request.getPrice().strip()).setScale(2);
    }

    private static Optional<String> checkWhole(String input, String what, int min, int max, String unit) {
        if (input == null || input.isBlank()) {
            return Optional.of("Enter " + what);
        }
        String value = input.strip();
        if (value.startsWith("-")) {
            return Optional.of("Cannot be negative");
        }
        if (!WHOLE.matcher(value).matches()) {
            return Optional.of("Enter a whole number: " + what);
        }
        int number = Integer.parseInt(value);
        if (number < min) {
            return Optional.of("At least " + min + " " + unit);
        }
        if (number > max) {
            return Optional.of("At most " + max + " " + unit);
        }
        return Optional.empty();
    }

    private static int parseWhole(String input) {
        return Integer.parseInt(input.strip());
    }
}
