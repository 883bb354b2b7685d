package io.slipway.deployer;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.MDC;

/** Puts the installation, team and namespace being worked on into the MDC, and takes them out again. */
final class LogContext implements AutoCloseable {

    private final List<String> keys = new ArrayList<>();

    private LogContext() {}

    static LogContext of(UUID installationId, String team, String namespace) {
        LogContext context = new LogContext();
        context.put("installation", installationId == null ? null : installationId.toString());
        context.put("team", team);
        context.put("namespace", namespace);
        return context;
    }

    private void put(String key, String value) {
        if (value != null) {
            MDC.put(key, value);
            keys.add(key);
        }
    }

    @Override
    public void close() {
        keys.forEach(MDC::remove);
    }
}
