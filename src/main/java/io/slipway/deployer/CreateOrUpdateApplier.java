package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;

/**
 * Create, or update based on the live object's resource version (a stale one fails with 409): for API
 * servers without server-side apply.
 */
class CreateOrUpdateApplier implements ObjectApplier {

    private final KubernetesClient client;

    CreateOrUpdateApplier(KubernetesClient client) {
        this.client = client;
    }

    @Override
    public <T extends HasMetadata> T apply(T desired, T live) {
        if (live == null) {
            return client.resource(desired).create();
        }
        desired.getMetadata().setResourceVersion(live.getMetadata().getResourceVersion());
        return client.resource(desired).update();
    }
}
