package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * Writes a desired object to the cluster. Server-side apply on a real cluster; the embedded cluster's CRUD
 * API server does not speak apply (415), so there it is create, or an update based on the live object.
 */
interface ObjectApplier {

    /**
     * @param live the object as the cluster has it, or null when it does not exist
     * @return the object as the cluster now has it
     */
    <T extends HasMetadata> T apply(T desired, T live);
}
