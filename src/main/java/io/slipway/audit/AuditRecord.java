package io.slipway.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a team's audit log.
 *
 * @param actor who did it, by the name they had then; null when nobody logged in did (a failed login)
 * @param member the member it concerns (whose app, allocation or account); null when none
 */
public record AuditRecord(
        long sequence,
        Instant at,
        AuditAction action,
        UUID actorId,
        String actor,
        UUID memberId,
        String member,
        String detail) {}
