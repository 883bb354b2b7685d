package io.slipway.installation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What an edit changed, in words for the audit log; env vars by name only, never their values. */
final class EditDescription {

    /** Leaves room in the audit entry's 1,000 characters for the app's name. */
    private static final int MAX = 900;

    private EditDescription() {}

    static String of(Installation before, InstallRequest after, List<EnvVar> envAfter, List<EnvVar> envBefore) {
        List<String> changes = new ArrayList<>();
        change(changes, "version", before.getTag(), after.getTag());
        change(changes, "allocation", before.getPercent() + " %", after.getPercent() + " %");
        change(changes, "protocol", before.getProtocol(), after.getProtocol());
        change(
                changes,
                "port",
                String.valueOf(before.getPort()),
                after.getPort().trim());
        change(changes, "access", before.getAccess(), after.getAccess());
        String dirBefore = before.getWorkingDir() == null ? "" : before.getWorkingDir();
        String dirAfter = after.getWorkingDir() == null ? "" : after.getWorkingDir();
        change(
                changes,
                "working directory",
                dirBefore.isEmpty() ? "the image's" : dirBefore,
                dirAfter.isEmpty() ? "the image's" : dirAfter);
        if (!envAfter.equals(envBefore)) {
            List<String> keys = envAfter.stream().map(EnvVar::key).toList();
            changes.add("env vars changed, now " + (keys.isEmpty() ? "none" : String.join(", ", keys)));
        }
        String text = changes.isEmpty() ? "nothing changed, restarted" : String.join("; ", changes);
        return text.length() > MAX ? text.substring(0, MAX - 1) + "…" : text;
    }

    private static void change(List<String> changes, String what, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(what + " " + before + " → " + after);
        }
    }
}
