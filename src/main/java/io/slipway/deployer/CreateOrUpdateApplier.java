package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;

/** Create, or replace when the object exists: for API servers without server-side apply. */
class CreateOrUpdateApplier implements ObjectApplier {

    private final KubernetesClient client;

    CreateOrUpdateApplier(KubernetesClient client) {
        this.client = client;
    }

    @Override
    public <T extends HasMetadata> T apply(T desired) {
        return client.resource(desired).createOr(NonDeletingOperation::update);
    }
}
