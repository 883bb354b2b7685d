package io.slipway.billing;

/** A statement as a file to download. */
public record StatementFile(String fileName, String content) {}
