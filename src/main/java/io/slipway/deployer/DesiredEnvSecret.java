package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.slipway.installation.DesiredApp;
import io.slipway.installation.EnvVar;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** The app's env vars: only ever in this Secret, never in the Deployment spec. */
final class DesiredEnvSecret {

    private DesiredEnvSecret() {}

    static String name(DesiredApp app) {
        return name(app.name());
    }

    static String name(String appName) {
        return appName + "-env";
    }

    static Secret of(DesiredApp app) {
        Map<String, String> data = new LinkedHashMap<>();
        for (EnvVar variable : app.env()) {
            String value = variable.value() == null ? "" : variable.value();
            data.put(variable.key(), Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)));
        }
        return new SecretBuilder()
                .withNewMetadata()
                .withName(name(app))
                .withNamespace(app.namespace())
                .withLabels(Labels.app(app.teamSlug(), app.name(), app.installationId()))
                .endMetadata()
                .withType("Opaque")
                .withData(data)
                .build();
    }
}
