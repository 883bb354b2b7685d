package io.slipway.security;

import java.util.UUID;

/** A user account as other modules see it. */
public record Account(UUID id, String username, boolean platformAdmin) {}
