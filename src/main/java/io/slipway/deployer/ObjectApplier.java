package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * Writes a desired object to the cluster. Server-side apply on a real cluster. On the embedded cluster it is
 * create, or an update based on the live object: the embedded API server's apply is a whole-object replace, made
 * to test cluster mode against, not the field-wise merge a real API server does.
 */
interface ObjectApplier {

    /**
     * @param live the object as the cluster has it, or null when it does not exist
     * @return the object as the cluster now has it
     */
    <T extends HasMetadata> T apply(T desired, T live);
}
