package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.slipway.installation.DesiredApp;
import io.slipway.storage.VolumeSummary;
import java.util.HashMap;
import java.util.Map;

/**
 * An app's persistent volume: a claim of its volume type's StorageClass. It carries the volume's own label
 * besides the app's, since it outlives the app when retained and may later serve another app.
 */
final class DesiredVolumeClaim {

    private DesiredVolumeClaim() {}

    static PersistentVolumeClaim of(DesiredApp app) {
        VolumeSummary volume = app.volume();
        Map<String, String> labels = new HashMap<>(Labels.app(app.teamSlug(), app.name(), app.installationId()));
        labels.put(Labels.VOLUME, volume.id().toString());
        return new PersistentVolumeClaimBuilder()
                .withNewMetadata()
                .withName(volume.claimName())
                .withNamespace(app.namespace())
                .withLabels(labels)
                .endMetadata()
                .withNewSpec()
                .withAccessModes("ReadWriteOnce")
                .withStorageClassName(volume.storageClass())
                .withNewResources()
                .withRequests(Map.of("storage", new Quantity(volume.sizeGib() + "Gi")))
                .endResources()
                .endSpec()
                .build();
    }
}
