package io.slipway.installation;

import io.slipway.catalog.Protocol;
import io.slipway.plan.Resources;
import io.slipway.storage.VolumeSummary;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of My Apps.
 *
 * @param resources the absolute CPU and memory that {@code percent} of the owner's allocation is now
 * @param hostname where a public HTTP app is served; empty for other apps
 * @param volume the app's persistent volume; null for ephemeral apps
 * @param mountPath where the persistent volume is mounted; null for ephemeral apps
 */
public record AppSummary(
        UUID id,
        String name,
        String owner,
        String image,
        String tag,
        InstallationStatus status,
        String statusReason,
        int percent,
        Resources resources,
        Protocol protocol,
        int port,
        Access access,
        Persistence persistence,
        String hostname,
        Instant createdAt,
        VolumeSummary volume,
        String mountPath) {

    public String imageWithTag() {
        return image + ":" + tag;
    }
}
