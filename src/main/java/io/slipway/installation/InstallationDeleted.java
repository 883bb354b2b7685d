package io.slipway.installation;

import java.util.UUID;

/**
 * An app was deleted and the deletion committed; the deployer should delete exactly its objects. Carries what
 * the deployer needs, since the installation row is gone.
 *
 * @param deleteData whether the app's persistent volume goes too; otherwise it is kept as a retained volume
 */
public record InstallationDeleted(
        UUID installationId, UUID teamId, String namespace, String name, boolean deleteData) {}
