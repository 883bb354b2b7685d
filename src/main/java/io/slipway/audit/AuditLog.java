package io.slipway.audit;

import io.slipway.team.Member;
import io.slipway.team.MemberNotFound;
import io.slipway.team.Teams;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the caller's team's audit log, for its team admins only. Every method takes the caller and answers for the
 * caller's own team: another team's log cannot be asked for.
 */
@Service
public class AuditLog {

    static final String ADMINS_ONLY = "Only a team admin can read the team's audit log";

    private final AuditEntryRepository entries;
    private final Teams teams;

    AuditLog(AuditEntryRepository entries, Teams teams) {
        this.entries = entries;
        this.teams = teams;
    }

    /**
     * Entries of the caller's team, newest first.
     *
     * @throws AccessDeniedException when the caller is not an admin of a team
     * @throws MemberNotFound when the filter names someone who does not appear in the team's log, whether they
     *     exist in another team or not at all
     */
    @Transactional(readOnly = true)
    public List<AuditRecord> entries(UUID callerId, AuditFilter filter, int offset, int limit) {
        UUID teamId = checked(callerId, filter);
        return entries.find(teamId, filter.personId(), filter.action(), new OffsetPage(offset, limit)).stream()
                .map(AuditEntry::toRecord)
                .toList();
    }

    /** How many entries {@link #entries} has in all for this filter. */
    @Transactional(readOnly = true)
    public int count(UUID callerId, AuditFilter filter) {
        UUID teamId = checked(callerId, filter);
        return (int) Math.min(Integer.MAX_VALUE, entries.count(teamId, filter.personId(), filter.action()));
    }

    /** Everyone in the caller's team's log, by name: current and former members alike. */
    @Transactional(readOnly = true)
    public List<AuditPerson> people(UUID callerId) {
        return peopleIn(teamOf(callerId));
    }

    private List<AuditPerson> peopleIn(UUID teamId) {
        Map<UUID, AuditPerson> byId = new LinkedHashMap<>();
        Stream.concat(entries.actors(teamId).stream(), entries.members(teamId).stream())
                .forEach(person -> byId.putIfAbsent(person.id(), person));
        return byId.values().stream()
                .sorted(Comparator.comparing(AuditPerson::name))
                .toList();
    }

    private UUID checked(UUID callerId, AuditFilter filter) {
        UUID teamId = teamOf(callerId);
        if (filter.personId() != null
                && peopleIn(teamId).stream().noneMatch(person -> person.id().equals(filter.personId()))) {
            throw new MemberNotFound();
        }
        return teamId;
    }

    private UUID teamOf(UUID callerId) {
        return teams.memberOf(callerId)
                .filter(Member::isAdmin)
                .map(member -> member.team().id())
                .orElseThrow(() -> new AccessDeniedException(ADMINS_ONLY));
    }
}
