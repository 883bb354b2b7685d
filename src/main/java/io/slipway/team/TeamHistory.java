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
 * Reads the append-only records of a team's member, allocation and plan changes, for statements and the audit log.
 *
 * <p>Takes a team id and checks no caller: whoever shows the record to a user decides whether that user may see
 * it (a team admin of that team).
 */
@Service
public class TeamHistory {

    private final RecordedChangeRepository changes;
    private final RecordedPlanChangeRepository planChanges;
    private final Accounts accounts;

    TeamHistory(RecordedChangeRepository changes, RecordedPlanChangeRepository planChanges, Accounts accounts) {
        this.changes = changes;
        this.planChanges = planChanges;
        this.accounts = accounts;
    }

    /**
     * The team's plan changes from {@code from} (inclusive) to {@code to} (exclusive), oldest first; the first ever
     * is the plan the team was created on.
     */
    @Transactional(readOnly = true)
    public List<TeamPlanChange> planChanges(UUID teamId, Instant from, Instant to) {
        Map<UUID, String> names = new HashMap<>();
        return planChanges
                .findByTeamIdAndChangedAtGreaterThanEqualAndChangedAtLessThanOrderBySeq(teamId, from, to)
                .stream()
                .map(change -> change.toChange(
                        change.getActorId() == null
                                ? "Slipway"
                                : names.computeIfAbsent(change.getActorId(), this::username)))
                .toList();
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
