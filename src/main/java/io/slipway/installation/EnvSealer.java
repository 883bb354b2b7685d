package io.slipway.installation;

import io.slipway.security.SecretCipher;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Turns env vars and registry credentials into encrypted column values and back. */
@Component
class EnvSealer {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<EnvVar>> ENV_LIST = new TypeReference<>() {};

    private final SecretCipher cipher;

    EnvSealer(SecretCipher cipher) {
        this.cipher = cipher;
    }

    String seal(List<EnvVar> env) {
        return cipher.encrypt(JSON.writeValueAsString(env));
    }

    List<EnvVar> open(String sealed) {
        return sealed == null ? List.of() : JSON.readValue(cipher.decrypt(sealed), ENV_LIST);
    }

    String sealPull(PullSecret pull) {
        return cipher.encrypt(JSON.writeValueAsString(pull));
    }

    PullSecret openPull(String sealed) {
        return sealed == null ? null : JSON.readValue(cipher.decrypt(sealed), PullSecret.class);
    }
}
