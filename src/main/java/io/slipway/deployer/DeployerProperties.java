package io.slipway.deployer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code slipway.kubernetes.*}.
 *
 * @param mode {@code embedded}, {@code cluster}, or {@code auto}: cluster when one is configured, else embedded
 * @param retryInterval how long a failed apply waits before it is tried again
 */
@ConfigurationProperties("slipway.kubernetes")
record DeployerProperties(
        @DefaultValue("auto") String mode,
        @DefaultValue Embedded embedded,
        @DefaultValue("10s") Duration retryInterval) {

    /** @param port the embedded API server's port on loopback; 0 picks a free one */
    record Embedded(@DefaultValue("0") int port) {}

    boolean embeddedMode() {
        return ClusterDetection.embedded(mode);
    }
}
