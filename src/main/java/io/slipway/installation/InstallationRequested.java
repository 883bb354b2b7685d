package io.slipway.installation;

import java.util.UUID;

/** An install was accepted and committed; the deployer should make the cluster match it. */
public record InstallationRequested(UUID installationId) {}
