package io.slipway.installation;

/** One environment variable of an app. The value is a secret: never logged, encrypted at rest. */
public record EnvVar(String key, String value) {

    @Override
    public String toString() {
        return "EnvVar[key=" + key + ", value=****]";
    }
}
