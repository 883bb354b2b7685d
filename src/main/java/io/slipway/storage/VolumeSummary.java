package io.slipway.storage;

import java.time.Instant;
import java.util.UUID;

/**
 * A persistent volume as other modules see it.
 *
 * @param installationId the app it is attached to; null while retained
 * @param claimName the PersistentVolumeClaim's name in the team's namespace
 * @param appName the app it is attached to, or, while retained, the app it came from
 * @param retainedSince when its app was deleted with the data kept; null while attached
 */
public record VolumeSummary(
        UUID id,
        UUID ownerId,
        UUID installationId,
        String claimName,
        String type,
        String storageClass,
        int sizeGib,
        String appName,
        Instant createdAt,
        Instant retainedSince) {

    public boolean retained() {
        return installationId == null;
    }

    /** "10 GiB Fast SSD". */
    public String describe() {
        return sizeGib + " GiB " + type;
    }
}
