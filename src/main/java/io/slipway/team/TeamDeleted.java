package io.slipway.team;

import java.util.UUID;

/** A team was deleted and the deletion committed; its namespace, with everything in it, should go. */
public record TeamDeleted(UUID teamId, String slug, String namespace) {}
