package io.slipway.audit;

import java.util.UUID;

/**
 * Which entries of the log to show.
 *
 * @param personId entries by or about this person; null for everyone
 * @param action entries of this action; null for all
 */
public record AuditFilter(UUID personId, AuditAction action) {

    public static final AuditFilter ALL = new AuditFilter(null, null);
}
