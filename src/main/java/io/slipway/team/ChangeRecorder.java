package io.slipway.team;

import io.slipway.team.RecordedChange.MemberState;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes member and allocation changes into the record, in the transaction of the change itself. */
@Component
class ChangeRecorder {

    private final RecordedChangeRepository changes;
    private final Clock clock;

    ChangeRecorder(RecordedChangeRepository changes) {
        this.changes = changes;
        this.clock = Clock.systemUTC();
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
        changes.save(new RecordedChange(
                member.getTeamId(), actorId, member.getUserId(), kind, before, after, clock.instant()));
    }
}
