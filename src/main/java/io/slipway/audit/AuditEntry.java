package io.slipway.audit;

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

/** A row of a team's audit log. Never updated, never deleted. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long seq;

    @Column(name = "team_id", nullable = false, updatable = false)
    private UUID teamId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "actor_id", updatable = false)
    private UUID actorId;

    @Column(updatable = false)
    private String actor;

    @Column(name = "member_id", updatable = false)
    private UUID memberId;

    @Column(updatable = false)
    private String member;

    @Column(nullable = false, updatable = false)
    private String detail;

    protected AuditEntry() {}

    AuditEntry(
            UUID teamId,
            Instant occurredAt,
            AuditAction action,
            UUID actorId,
            String actor,
            UUID memberId,
            String member,
            String detail) {
        this.teamId = teamId;
        this.occurredAt = occurredAt;
        this.action = action;
        this.actorId = actorId;
        this.actor = actor;
        this.memberId = memberId;
        this.member = member;
        this.detail = detail.length() > 1000 ? detail.substring(0, 999) + "…" : detail;
    }

    AuditRecord toRecord() {
        return new AuditRecord(seq, occurredAt, action, actorId, actor, memberId, member, detail);
    }
}
