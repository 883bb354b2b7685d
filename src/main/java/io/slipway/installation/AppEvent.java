package io.slipway.installation;

import java.time.Instant;

/**
 * Something the cluster reported about an app.
 *
 * @param what the event in plain words ("Started", "Image not found"…)
 * @param message the cluster's own message
 * @param count how often it happened
 */
public record AppEvent(Instant at, boolean warning, String what, String message, int count) {}
