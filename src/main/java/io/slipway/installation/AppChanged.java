package io.slipway.installation;

import java.util.UUID;

/**
 * A user changed an app, in the change's transaction; for the audit log. The deployer acts on
 * {@link InstallationChanged} and {@link InstallationDeleted} instead.
 *
 * @param actorId who acted: the owner or a team admin
 * @param detail what changed, in words; never an env value
 */
public record AppChanged(
        UUID teamId, UUID installationId, UUID actorId, UUID ownerId, String name, AppChange change, String detail) {}
