package io.slipway.installation;

import java.util.UUID;

/** Where an app's objects are: what {@link AppDiagnostics} needs to find them. */
public record AppRef(UUID installationId, String namespace, String name) {}
