package io.slipway.installation;

import java.util.UUID;

/**
 * An app's desired state changed and the change committed (stopped, started, restarted, edited); the deployer
 * should make its objects match again.
 */
public record InstallationChanged(UUID installationId) {}
