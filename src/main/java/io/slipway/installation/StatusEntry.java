package io.slipway.installation;

import java.time.Instant;

/** One change of an app's status, as the cluster reported it. */
public record StatusEntry(Instant at, InstallationStatus status, String reason) {}
