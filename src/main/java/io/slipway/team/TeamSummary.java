package io.slipway.team;

import java.util.UUID;

/** A team as other modules see it. Its namespace is {@code slipway-<slug>}. */
public record TeamSummary(UUID id, String name, String slug, UUID planId) {

    public String namespace() {
        return "slipway-" + slug;
    }
}
