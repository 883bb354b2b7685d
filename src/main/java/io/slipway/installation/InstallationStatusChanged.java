package io.slipway.installation;

import java.util.UUID;

/** An app's status changed and was committed; open My Apps pages of its team refresh. */
public record InstallationStatusChanged(UUID installationId, UUID teamId) {}
