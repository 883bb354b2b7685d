package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Map;
import java.util.UUID;

/** The labels on every object Slipway creates; the deployer only ever touches objects that carry them. */
final class Labels {

    static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    static final String SLIPWAY = "slipway";
    static final String NAME = "app.kubernetes.io/name";
    static final String TEAM = "slipway.io/team";
    static final String INSTALLATION = "slipway.io/installation";
    /** On persistent volume claims only: the volume, which outlives its first app. */
    static final String VOLUME = "slipway.io/volume";

    private Labels() {}

    static Map<String, String> team(String teamSlug) {
        return Map.of(MANAGED_BY, SLIPWAY, TEAM, teamSlug);
    }

    static Map<String, String> app(String teamSlug, String appName, UUID installationId) {
        return Map.of(MANAGED_BY, SLIPWAY, TEAM, teamSlug, NAME, appName, INSTALLATION, installationId.toString());
    }

    /** Whether Slipway created the object; it never changes or deletes one that it did not. */
    static boolean managed(HasMetadata object) {
        Map<String, String> labels = object.getMetadata().getLabels();
        return labels != null && SLIPWAY.equals(labels.get(MANAGED_BY));
    }

    /** Whether the object belongs to the given installation and was created by Slipway. */
    static boolean ofInstallation(HasMetadata object, UUID installationId) {
        return managed(object)
                && installationId
                        .toString()
                        .equals(object.getMetadata().getLabels().get(INSTALLATION));
    }

    /** Whether the object is the claim of the given volume and was created by Slipway. */
    static boolean ofVolume(HasMetadata object, UUID volumeId) {
        return managed(object)
                && volumeId.toString().equals(object.getMetadata().getLabels().get(VOLUME));
    }

    static String installation(HasMetadata object) {
        Map<String, String> labels = object.getMetadata().getLabels();
        return labels == null ? null : labels.get(INSTALLATION);
    }

    /** What a Deployment selects its pods by: stable for the app's life, unlike the full label set. */
    static Map<String, String> selector(UUID installationId) {
        return Map.of(INSTALLATION, installationId.toString());
    }
}
