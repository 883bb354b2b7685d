package io.slipway.installation;

/** A message for the user, shown next to the field that caused it. */
public record FieldError(InstallField field, String message) {}
