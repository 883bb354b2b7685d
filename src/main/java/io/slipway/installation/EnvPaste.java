package io.slipway.installation;

import java.util.ArrayList;
import java.util.List;

/** Reads the bulk paste box: one {@code KEY=value} per line; blank lines and {@code #} comments are skipped. */
public final class EnvPaste {

    private EnvPaste() {}

    /**
     * The variables of {@code text}.
     *
     * @throws IllegalArgumentException naming the first line that has no {@code =}
     */
    public static List<EnvVar> parse(String text) {
        List<EnvVar> variables = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("Line " + (i + 1) + " has no '=': write it as KEY=value");
            }
            variables.add(new EnvVar(line.substring(0, equals).strip(), line.substring(equals + 1)));
        }
        return variables;
    }
}
