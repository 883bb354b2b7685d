package io.slipway.team;

/** A message for the user, shown next to the field that caused it. */
public record TeamFieldError(TeamField field, String message) {}
