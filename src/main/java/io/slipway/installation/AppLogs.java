package io.slipway.installation;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * An app's log and events, for its owner or a team admin: a log can hold what the app printed of its settings, so
 * colleagues do not read it. Asks the cluster each time; nothing of it is stored or logged.
 */
@Service
public class AppLogs {

    /** How many lines the Logs view shows and downloads. */
    public static final int LINES = 500;

    private final AppAccess access;
    private final AppDiagnostics diagnostics;

    AppLogs(AppAccess access, AppDiagnostics diagnostics) {
        this.access = access;
        this.diagnostics = diagnostics;
    }

    /**
     * The app's last {@value #LINES} log lines.
     *
     * @throws AppNotFound for an unknown id and another team's app alike
     * @throws AppActionRefused for a member who neither owns the app nor is a team admin
     */
    public List<String> lines(UUID userId, UUID installationId) {
        return diagnostics.logLines(ref(userId, installationId), LINES);
    }

    /** The app's recent events, newest first. Same refusals as {@link #lines}. */
    public List<AppEvent> events(UUID userId, UUID installationId) {
        return diagnostics.events(ref(userId, installationId));
    }

    private AppRef ref(UUID userId, UUID installationId) {
        AppAccess.Target target = access.toRead(userId, installationId);
        if (!AppAccess.mayChange(target.actor(), target.installation())) {
            throw new AppActionRefused();
        }
        return new AppRef(
                installationId,
                target.actor().team().namespace(),
                target.installation().getName());
    }
}
