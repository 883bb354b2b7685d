package io.slipway.installation;

import java.util.UUID;

/**
 * A member installed an app; published in the install's transaction, for the audit log. The deployer acts on
 * {@link InstallationRequested} instead.
 *
 * @param percent the app's share of the owner's allocation
 */
public record AppInstalled(
        UUID teamId, UUID installationId, UUID ownerId, String name, String image, String tag, int percent) {}
