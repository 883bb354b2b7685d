package io.slipway.installation;

import io.slipway.catalog.Protocol;
import io.slipway.plan.Resources;
import io.slipway.storage.VolumeSummary;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything the deployer needs to build an app's Kubernetes objects. Holds env values in plain text: keep it
 * in memory only, and never log it.
 *
 * @param hostname the public hostname of a public HTTP app; null otherwise
 * @param dataMountPath where the catalog entry keeps its data; null when it names none
 * @param runAsUser the non-root user id the image runs as, or null
 * @param volume the app's persistent volume, mounted at {@code dataMountPath}; null for an emptyDir or nothing
 * @param stopped whether the app should run no replica
 * @param restartedAt when a user last asked for new pods; null if never
 * @param nodePort the node port last read back for a public TCP app, or null
 * @param pullSecret registry credentials of an own image; null when the image needs none
 */
public record DesiredApp(
        UUID installationId,
        UUID teamId,
        String teamSlug,
        String namespace,
        String name,
        String image,
        String tag,
        Resources resources,
        Protocol protocol,
        int port,
        List<EnvVar> env,
        String workingDir,
        Access access,
        Persistence persistence,
        String dataMountPath,
        String healthPath,
        Integer runAsUser,
        String hostname,
        VolumeSummary volume,
        boolean stopped,
        Instant restartedAt,
        Integer nodePort,
        PullSecret pullSecret) {

    public String imageReference() {
        return ImageReference.join(image, tag);
    }

    @Override
    public String toString() {
        return "DesiredApp[" + namespace + "/" + name + " (" + installationId + ")]";
    }
}
