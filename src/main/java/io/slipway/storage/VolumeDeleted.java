package io.slipway.storage;

import java.util.UUID;

/**
 * A volume and its data were given up and the deletion committed; the deployer deletes its claim, if the claim
 * carries this volume's label. Carries what the deployer needs, since the row is gone.
 */
public record VolumeDeleted(UUID volumeId, UUID teamId, String namespace, String claimName) {}
