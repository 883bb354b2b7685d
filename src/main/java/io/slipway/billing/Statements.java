package io.slipway.billing;

import io.slipway.billing.StatementCalculator.AllocationEvent;
import io.slipway.plan.Allocation;
import io.slipway.plan.PlanRevision;
import io.slipway.plan.Plans;
import io.slipway.team.Member;
import io.slipway.team.TeamChange;
import io.slipway.team.TeamChangeKind;
import io.slipway.team.TeamHistory;
import io.slipway.team.TeamPlanChange;
import io.slipway.team.Teams;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's monthly statements, for its team admins only. Every method takes the caller and answers for the
 * caller's own team: there is no way to name another team.
 */
@Service
public class Statements {

    static final String ADMINS_ONLY = "Only a team admin can read the team's statements";

    private final Teams teams;
    private final TeamHistory history;
    private final Plans plans;
    private final Clock clock = Clock.systemUTC();

    Statements(Teams teams, TeamHistory history, Plans plans) {
        this.teams = teams;
        this.history = history;
        this.plans = plans;
    }

    /** The month in progress (UTC). */
    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(ZoneOffset.UTC));
    }

    /** The months the caller's team has statements for, newest first: from its creation to this month. */
    @Transactional(readOnly = true)
    public List<YearMonth> months(UUID callerId) {
        Member admin = requireAdmin(callerId);
        YearMonth current = currentMonth();
        YearMonth first = history
                .planChanges(admin.team().id(), Instant.EPOCH, clock.instant().plusSeconds(1))
                .stream()
                .findFirst()
                .map(change -> YearMonth.from(change.at().atZone(ZoneOffset.UTC)))
                .orElse(current);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = current; !month.isBefore(first); month = month.minusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /**
     * The statement of the caller's team for {@code month}. For the month in progress, today's plan and
     * allocations count until the month's end.
     *
     * @throws AccessDeniedException when the caller is not an admin of a team
     * @throws IllegalArgumentException for a month that has not begun
     */
    @Transactional(readOnly = true)
    public Statement statement(UUID callerId, YearMonth month) {
        Member admin = requireAdmin(callerId);
        if (month.isAfter(currentMonth())) {
            throw new IllegalArgumentException("There is no statement for " + month + " yet");
        }
        UUID teamId = admin.team().id();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<TeamPlanChange> planChanges = history.planChanges(teamId, Instant.EPOCH, end);
        Map<UUID, List<PlanRevision>> revisions = new HashMap<>();
        return StatementCalculator.compute(
                admin.team().name(),
                month,
                PlanTimeline.of(planChanges, planId -> revisions.computeIfAbsent(planId, plans::revisions)),
                allocationEvents(history.changes(teamId, Instant.EPOCH, end)));
    }

    /** The statement as CSV, one line per item. */
    @Transactional(readOnly = true)
    public StatementFile csv(UUID callerId, YearMonth month) {
        Statement statement = statement(callerId, month);
        String slug = teams.memberOf(callerId).orElseThrow().team().slug();
        return new StatementFile(StatementCsv.fileName(statement, slug), StatementCsv.of(statement));
    }

    private Member requireAdmin(UUID callerId) {
        return teams.memberOf(callerId)
                .filter(Member::isAdmin)
                .orElseThrow(() -> new AccessDeniedException(ADMINS_ONLY));
    }

    private static List<AllocationEvent> allocationEvents(List<TeamChange> changes) {
        return changes.stream()
                .map(change -> new AllocationEvent(
                        change.at(),
                        change.memberId(),
                        change.member(),
                        change.kind() == TeamChangeKind.MEMBER_REMOVED ? Allocation.NONE : change.allocationAfter()))
                .toList();
    }
}
