package io.slipway.installation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

/**
 * Waits until a member's apps run, as a person would before deleting one: a delete that races the status
 * reports of a brand-new app can meet a row version that just changed.
 */
public final class Settled {

    private Settled() {}

    public static void awaitRunning(InstallationService installations, UUID userId) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(installations.appsOf(userId))
                        .allSatisfy(app -> assertThat(app.status()).isEqualTo(InstallationStatus.RUNNING)));
    }
}
