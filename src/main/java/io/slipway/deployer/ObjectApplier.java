package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * Writes a desired object to the cluster. Server-side apply on a real cluster; the embedded cluster's CRUD
 * API server does not speak apply (415), so there it is create, or update when the object exists.
 */
interface ObjectApplier {

    <T extends HasMetadata> T apply(T desired);
}
