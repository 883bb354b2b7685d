package io.slipway.audit;

import java.util.UUID;

/** Someone who appears in a team's audit log, as actor or as the member concerned; to filter the log by. */
public record AuditPerson(UUID id, String name) {}
