package io.slipway.deployer;

import java.util.Map;
import java.util.UUID;

/** The labels on every object Slipway creates; the deployer only ever touches objects that carry them. */
final class Labels {

    static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    static final String SLIPWAY = "slipway";
    static final String NAME = "app.kubernetes.io/name";
    static final String TEAM = "slipway.io/team";
    static final String INSTALLATION = "slipway.io/installation";

    private Labels() {}

    static Map<String, String> team(String teamSlug) {
        return Map.of(MANAGED_BY, SLIPWAY, TEAM, teamSlug);
    }

    static Map<String, String> app(String teamSlug, String appName, UUID installationId) {
        return Map.of(MANAGED_BY, SLIPWAY, TEAM, teamSlug, NAME, appName, INSTALLATION, installationId.toString());
    }

    /** What a Deployment selects its pods by: stable for the app's life, unlike the full label set. */
    static Map<String, String> selector(UUID installationId) {
        return Map.of(INSTALLATION, installationId.toString());
    }
}
