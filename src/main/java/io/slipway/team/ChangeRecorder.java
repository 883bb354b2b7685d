package io.slipway.team;

import io.slipway.plan.PlanSummary;
import io.slipway.team.RecordedChange.MemberState;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes member, allocation and plan changes into the record, in the transaction of the change itself, and tells
 * other modules (the audit log) about member changes with {@link MemberChanged}.
 */
@Component
class ChangeRecorder {

    private final RecordedChangeRepository changes;
    private final RecordedPlanChangeRepository planChanges;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangeRecorder(
            RecordedChangeRepository changes,
            RecordedPlanChangeRepository planChanges,
            ApplicationEventPublisher events) {
        this.changes = changes;
        this.planChanges = planChanges;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    /** The plan a new team starts on. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void planStarted(UUID actorId, UUID teamId, PlanSummary plan) {
        planChanges.save(new RecordedPlanChange(teamId, actorId, null, plan, clock.instant()));
    }

    /** A change of plan; returns when it was recorded. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Instant planChanged(UUID actorId, UUID teamId, PlanSummary before, PlanSummary after) {
        Instant at = clock.instant();
        planChanges.save(new RecordedPlanChange(teamId, actorId, before, after, at));
        return at;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void added(UUID actorId, Membership member) {
        record(actorId, member, TeamChangeKind.MEMBER_ADDED, null, MemberState.of(member));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void removed(UUID actorId, Membership member) {
        record(actorId, member, TeamChangeKind.MEMBER_REMOVED, MemberState.of(member), null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(UUID actorId, Membership member, TeamChangeKind kind, MemberState before) {
        record(actorId, member, kind, before, MemberState.of(member));
    }

    private void record(UUID actorId, Membership member, TeamChangeKind kind, MemberState before, MemberState after) {
        Instant at = clock.instant();
        changes.save(new RecordedChange(member.getTeamId(), actorId, member.getUserId(), kind, before, after, at));
        events.publishEvent(new MemberChanged(
                member.getTeamId(),
                actorId,
                member.getUserId(),
                kind,
                before == null ? null : before.role(),
                after == null ? null : after.role(),
                before == null ? null : before.allocation(),
                after == null ? null : after.allocation(),
                at));
    }
}
