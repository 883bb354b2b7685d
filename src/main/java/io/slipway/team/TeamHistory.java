package io.slipway.team;

import io.slipway.security.Accounts;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the append-only record of a team's member and allocation changes, for statements and the audit log.
 *
 * <p>Takes a team id and checks no caller: whoever shows the record to a user decides whether that user may see
 * it (a team admin of that team).
 */
@Service
public class TeamHistory {

    private final RecordedChangeRepository changes;
    private final Accounts accounts;

    TeamHistory(RecordedChangeRepository changes, Accounts accounts) {
        this.changes = changes;
        this.accounts = accounts;
    }

    /** The team's changes from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    @Transactional(readOnly = true)
    public List<TeamChange> changes(UUID teamId, Instant from, Instant to) {
        Map<UUID, String> names = new HashMap<>();
        return changes.findByTeamIdAndChangedAtGreaterThanEqualAndChangedAtLessThanOrderBySeq(teamId, from, to).stream()
                .map(change -> change.toChange(
                        names.computeIfAbsent(change.getActorId(), this::username),
                        names.computeIfAbsent(change.getMemberId(), this::username)))
                .toList();
    }

    private String username(UUID userId) {
        return accounts.usernameOf(userId).orElse("?");
    }
}
