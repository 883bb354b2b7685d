package io.slipway.installation;

import io.slipway.catalog.Protocol;
import io.slipway.plan.Resources;
import io.slipway.storage.VolumeSummary;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of My Apps, and the head of an app's page.
 *
 * @param resources the absolute CPU and memory that {@code percent} of the owner's allocation is now
 * @param hostname where a public HTTP app is served; empty for other apps
 * @param volume the app's persistent volume; null for ephemeral apps
 * @param mountPath where the persistent volume is mounted; null for ephemeral apps
 * @param stopped whether the app was stopped (desired state; {@code status} says what the cluster did about it)
 * @param nodeHost where a public TCP app is reached with its {@code nodePort}; empty for other apps
 * @param nodePort the port the cluster opened for a public TCP app; null until the cluster assigned one
 * @param manageable whether the viewer may act on the app: its owner or a team admin
 */
public record AppSummary(
        UUID id,
        String name,
        UUID ownerId,
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
        boolean stopped,
        String nodeHost,
        Integer nodePort,
        Instant createdAt,
        VolumeSummary volume,
        String mountPath,
        boolean manageable) {

    public String imageWithTag() {
        return ImageReference.join(image, tag);
    }

    /** Whether the app keeps data on a persistent volume, so that deleting it may keep or delete that data. */
    public boolean hasVolume() {
        return persistence() != Persistence.EPHEMERAL;
    }

    /** Whether the app is reached from outside through a node port. */
    public boolean publicTcp() {
        return access == Access.PUBLIC && protocol == Protocol.TCP;
    }

    /** {@code host:port} of a public TCP app, once the cluster assigned the port. */
    public String nodeAddress() {
        return nodePort == null ? "" : nodeHost + ":" + nodePort;
    }
}
