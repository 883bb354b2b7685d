package io.slipway.installation;

import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.SlipwayTest;
import io.slipway.plan.Allocation;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An open page hears of a status change while the reporting thread is still finishing its transaction, and reads
 * the app again at once: it must read the new status, or My Apps shows the old one until the next reload.
 */
@SlipwayTest
class StatusPushTest {

    @Autowired
    InstallationService installations;

    @Autowired
    DesiredApps desiredApps;

    @Autowired
    StatusBroadcaster broadcaster;

    @Autowired
    AppDirectory directory;

    @Autowired
    Fixtures fixtures;

    @Test
    void aPageToldOfAChangeReadsTheNewStatus() {
        Member alice = fixtures.newAdmin("Premium", new Allocation(2000, 4096, 0));
        UUID app = installations.install(alice.userId(), "lightstreamer", lightstreamer("pushed", 10));
        Settled.awaitRunning(installations, alice.userId());

        List<String> seen = new CopyOnWriteArrayList<>();
        Runnable unsubscribe = broadcaster.subscribe(alice.team().id(), change -> {
            AppSummary read = directory.find(alice.userId(), change.installationId());
            seen.add(read.status().label() + ": " + read.statusReason());
        });
        try {
            desiredApps.report(app, InstallationStatus.FAILED, "Crashing on start");
        } finally {
            unsubscribe.run();
        }

        assertThat(seen).containsExactly("Failed: Crashing on start");
    }
}
