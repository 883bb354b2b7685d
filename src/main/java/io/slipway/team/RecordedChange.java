package io.slipway.team;

import io.slipway.plan.Allocation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A row of the append-only record of member and allocation changes. Never updated, never deleted. */
@Entity
@Immutable
@Table(name = "team_change")
class RecordedChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long seq;

    @Column(name = "team_id", nullable = false, updatable = false)
    private UUID teamId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private UUID memberId;

    @Column(name = "actor_id", nullable = false, updatable = false)
    private UUID actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TeamChangeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_before", updatable = false)
    private TeamRole roleBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_after", updatable = false)
    private TeamRole roleAfter;

    @Column(name = "cpu_millis_before", updatable = false)
    private Integer cpuMillisBefore;

    @Column(name = "memory_mib_before", updatable = false)
    private Integer memoryMibBefore;

    @Column(name = "storage_gib_before", updatable = false)
    private Integer storageGibBefore;

    @Column(name = "cpu_millis_after", updatable = false)
    private Integer cpuMillisAfter;

    @Column(name = "memory_mib_after", updatable = false)
    private Integer memoryMibAfter;

    @Column(name = "storage_gib_after", updatable = false)
    private Integer storageGibAfter;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected RecordedChange() {}

    RecordedChange(
            UUID teamId,
            UUID actorId,
            UUID memberId,
            TeamChangeKind kind,
            MemberState before,
            MemberState after,
            Instant changedAt) {
        this.teamId = teamId;
        this.actorId = actorId;
        this.memberId = memberId;
        this.kind = kind;
        if (before != null) {
            this.roleBefore = before.role();
            this.cpuMillisBefore = before.allocation().cpuMillis();
            this.memoryMibBefore = before.allocation().memoryMib();
            this.storageGibBefore = before.allocation().storageGib();
        }
        if (after != null) {
            this.roleAfter = after.role();
            this.cpuMillisAfter = after.allocation().cpuMillis();
            this.memoryMibAfter = after.allocation().memoryMib();
            this.storageGibAfter = after.allocation().storageGib();
        }
        this.changedAt = changedAt;
    }

    TeamChange toChange(String actor, String member) {
        return new TeamChange(
                seq,
                teamId,
                changedAt,
                kind,
                actorId,
                actor,
                memberId,
                member,
                roleBefore,
                roleAfter,
                cpuMillisBefore == null ? null : new Allocation(cpuMillisBefore, memoryMibBefore, storageGibBefore),
                cpuMillisAfter == null ? null : new Allocation(cpuMillisAfter, memoryMibAfter, storageGibAfter));
    }

    UUID getActorId() {
        return actorId;
    }

    UUID getMemberId() {
        return memberId;
    }

    /** A member's role and allocation at one moment. */
    record MemberState(TeamRole role, Allocation allocation) {

        static MemberState of(Membership membership) {
            return new MemberState(membership.getRole(), membership.allocation());
        }
    }
}
