package io.slipway.team;

import io.slipway.plan.Allocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a team admin typed into the allocation fields. Each check is the same in the form and the service;
 * the {@code parse} methods expect input that passed its check.
 */
public final class AllocationInput {

    /** No pool comes near this; it keeps sums of allocations far from integer overflow. */
    static final int MAX_UNITS = 10_000_000;

    private static final Pattern MILLICORES = Pattern.compile("(\\d+)\\s*m");
    private static final Pattern CORES = Pattern.compile("(\\d+(?:\\.\\d+)?|\\.\\d+)\\s*(?:cores?)?");
    private static final Pattern MEBIBYTES = Pattern.compile("(\\d+)\\s*(?:mi|mib)?");
    private static final Pattern GIBIBYTES = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:gi|gib)");
    private static final Pattern STORAGE = Pattern.compile("(\\d+)\\s*(?:gi|gib)?");

    private AllocationInput() {}

    public static Optional<String> checkCpu(String input) {
        return common(input, "CPU", "1.5 (cores) or 1500m (millicores)").or(() -> {
            try {
                parseCpu(input);
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.of(e.getMessage());
            }
        });
    }

    public static Optional<String> checkMemory(String input) {
        return common(input, "memory", "2048 (MiB) or 2 GiB").or(() -> {
            try {
                parseMemory(input);
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.of(e.getMessage());
            }
        });
    }

    public static Optional<String> checkStorage(String input) {
        return common(input, "storage", "20 (GiB)").or(() -> {
            try {
                parseStorage(input);
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.of(e.getMessage());
            }
        });
    }

    /** Millicores from {@code 1500m}, {@code 1.5}, {@code 2 cores}. */
    public static int parseCpu(String input) {
        String value = normalize(input);
        Matcher millis = MILLICORES.matcher(value);
        if (millis.matches()) {
            return bounded(new BigDecimal(millis.group(1)));
        }
        Matcher cores = CORES.matcher(value);
        if (!cores.matches()) {
            throw new IllegalArgumentException("Enter CPU as cores (1.5) or millicores (1500m)");
        }
        BigDecimal millicores = new BigDecimal(cores.group(1)).movePointRight(3);
        if (millicores.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("CPU goes down to whole millicores: at most 3 decimals");
        }
        return bounded(millicores);
    }

    /** MiB from {@code 2048}, {@code 2048 MiB}, {@code 2 GiB}. */
    public static int parseMemory(String input) {
        String value = normalize(input);
        Matcher mebibytes = MEBIBYTES.matcher(value);
        if (mebibytes.matches()) {
            return bounded(new BigDecimal(mebibytes.group(1)));
        }
        Matcher gibibytes = GIBIBYTES.matcher(value);
        if (!gibibytes.matches()) {
            throw new IllegalArgumentException("Enter memory in MiB (2048) or GiB (2 GiB)");
        }
        BigDecimal mib = new BigDecimal(gibibytes.group(1)).multiply(BigDecimal.valueOf(1024));
        if (mib.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("Memory goes down to whole MiB");
        }
        return bounded(mib);
    }

    /** GiB from {@code 20} or {@code 20 GiB}. */
    public static int parseStorage(String input) {
        Matcher gib = STORAGE.matcher(normalize(input));
        if (!gib.matches()) {
            throw new IllegalArgumentException("Enter storage in whole GiB (20)");
        }
        return bounded(new BigDecimal(gib.group(1)));
    }

    /** Every field's problem, or none. */
    public static List<TeamFieldError> validate(AllocationRequest request) {
        List<TeamFieldError> errors = new ArrayList<>();
        checkCpu(request.getCpu()).ifPresent(m -> errors.add(new TeamFieldError(TeamField.CPU, m)));
        checkMemory(request.getMemory()).ifPresent(m -> errors.add(new TeamFieldError(TeamField.MEMORY, m)));
        checkStorage(request.getStorage()).ifPresent(m -> errors.add(new TeamFieldError(TeamField.STORAGE, m)));
        return errors;
    }

    /** The allocation a valid request means. */
    public static Allocation toAllocation(AllocationRequest request) {
        return new Allocation(
                parseCpu(request.getCpu()), parseMemory(request.getMemory()), parseStorage(request.getStorage()));
    }

    private static Optional<String> common(String input, String what, String example) {
        if (input == null || input.isBlank()) {
            return Optional.of("Enter " + what + ", e.g. " + example + "; 0 for none");
        }
        if (input.strip().startsWith("-")) {
            return Optional.of("An allocation cannot be negative");
        }
        return Optional.empty();
    }

    private static String normalize(String input) {
        return input == null ? "" : input.strip().toLowerCase(Locale.ROOT);
    }

    private static int bounded(BigDecimal units) {
        if (units.compareTo(BigDecimal.valueOf(MAX_UNITS)) > 0) {
            throw new IllegalArgumentException("This is more than any plan's pool");
        }
        return units.intValueExact();
    }
}
