package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.slipway.installation.DesiredApp;
import io.slipway.installation.PullSecret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** An own image's registry credentials, as the {@code kubernetes.io/dockerconfigjson} Secret its pod pulls with. */
final class DesiredPullSecret {

    static final String TYPE = "kubernetes.io/dockerconfigjson";
    static final String KEY = ".dockerconfigjson";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DesiredPullSecret() {}

    static String name(String appName) {
        return appName + "-pull";
    }

    static Secret of(DesiredApp app) {
        PullSecret pull = app.pullSecret();
        String auth = base64(pull.username() + ":" + pull.token());
        Map<String, Object> config = Map.of(
                "auths",
                Map.of(pull.server(), Map.of("username", pull.username(), "password", pull.token(), "auth", auth)));
        return new SecretBuilder()
                .withNewMetadata()
                .withName(name(app.name()))
                .withNamespace(app.namespace())
                .withLabels(Labels.app(app.teamSlug(), app.name(), app.installationId()))
                .endMetadata()
                .withType(TYPE)
                .withData(Map.of(KEY, base64(JSON.writeValueAsString(config))))
                .build();
    }

    private static String base64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }
}
