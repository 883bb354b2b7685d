package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;

/** Server-side apply under one field manager; forced, since Slipway owns every field it sets. */
class ServerSideApplier implements ObjectApplier {

    static final String FIELD_MANAGER = "slipway";

    private final KubernetesClient client;

    ServerSideApplier(KubernetesClient client) {
        this.client = client;
    }

    @Override
    public <T extends HasMetadata> T apply(T desired, T live) {
        return client.resource(desired)
                .fieldManager(FIELD_MANAGER)
                .forceConflicts()
                .serverSideApply();
    }
}
