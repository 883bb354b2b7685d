package io.slipway.installation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Each app's status changes, newest first, bounded to the newest {@value #KEPT} per app. */
@Component
class StatusHistory {

    static final int KEPT = 50;

    private final StatusChangeRepository changes;

    StatusHistory(StatusChangeRepository changes) {
        this.changes = changes;
    }

    /** A new app's first status: nothing older to trim. */
    void first(UUID installationId, Instant at, InstallationStatus status, String reason) {
        changes.save(new StatusChange(installationId, at, status, reason));
    }

    void record(UUID installationId, Instant at, InstallationStatus status, String reason) {
        changes.save(new StatusChange(installationId, at, status, reason));
        List<Long> kept = changes.findSeqs(installationId, PageRequest.of(KEPT - 1, 1));
        if (!kept.isEmpty()) {
            changes.deleteOlderThan(installationId, kept.getFirst());
        }
    }

    List<StatusEntry> of(UUID installationId) {
        return changes.findByInstallationIdOrderBySeqDesc(installationId, PageRequest.of(0, KEPT)).stream()
                .map(StatusChange::entry)
                .toList();
    }
}
