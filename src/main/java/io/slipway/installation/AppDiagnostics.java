package io.slipway.installation;

import java.util.List;

/**
 * Reads what the cluster knows about a running app: its log and its recent events. Implemented by the deployer;
 * it checks no caller, so only {@link AppLogs} calls it, after checking who asks.
 */
public interface AppDiagnostics {

    /** The last {@code maxLines} lines of the app's newest pod, oldest first; empty when no pod has run yet. */
    List<String> logLines(AppRef app, int maxLines);

    /** The app's recent events (of its Deployment, ReplicaSets, pods and volume), newest first. */
    List<AppEvent> events(AppRef app);
}
