package io.slipway.installation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** An edit's env vars: a row without a value keeps the value stored under its name; typed values replace it. */
final class EnvMerge {

    private EnvMerge() {}

    /** Fills {@code merged}; returns what is wrong when a kept row names a variable that has no stored value. */
    static Optional<String> merge(List<EnvVar> edited, List<EnvVar> stored, List<EnvVar> merged) {
        Map<String, String> values = stored.stream().collect(Collectors.toMap(EnvVar::key, EnvVar::value, (a, b) -> b));
        List<EnvVar> rows = edited == null ? List.of() : edited;
        for (int i = 0; i < rows.size(); i++) {
            EnvVar row = rows.get(i);
            if (row.value() != null) {
                merged.add(row);
            } else if (values.containsKey(row.key())) {
                merged.add(new EnvVar(row.key(), values.get(row.key())));
            } else {
                return Optional.of("Row " + (i + 1) + ": enter a value for " + row.key());
            }
        }
        return Optional.empty();
    }
}
