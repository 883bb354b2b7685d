package io.slipway.installation;

import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.PostgresTest;
import io.slipway.plan.Allocation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ConcurrentInstallPostgresTest extends PostgresTest {

    @Autowired
    InstallationService installations;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void runsOnPostgresql() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    }

    @Test
    void letsExactlyAsManyRacingInstallsThroughAsTheAllocationHasRoomFor() throws Exception {
        Member member = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        installations.install(member.userId(), "lightstreamer", lightstreamer("half", 50));

        List<Outcome> outcomes = raceInstalls(member, 20, 10);

        assertThat(outcomes).filteredOn(Outcome::accepted).hasSize(5);
        assertThat(outcomes)
                .filteredOn(outcome -> !outcome.accepted())
                .hasSize(15)
                .allSatisfy(
                        outcome -> assertThat(outcome.message()).matches("Only \\d+ % of your allocation is left.*"));
        assertThat(installations.usedPercent(member.userId())).isEqualTo(100);
        assertThat(installations.appsOf(member.userId())).hasSize(6);
    }

    private List<Outcome> raceInstalls(Member member, int installs, int percent) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(installs);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int i = 0; i < installs; i++) {
            String name = "racer-" + i;
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    installations.install(member.userId(), "nginx", nginx(name, percent));
                    return new Outcome(true, null);
                } catch (InstallRejected rejected) {
                    return new Outcome(
                            false, rejected.messageFor(InstallField.PERCENT).orElse(rejected.getMessage()));
                }
            }));
        }
        start.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> future : futures) {
            outcomes.add(future.get());
        }
        pool.shutdown();
        return outcomes;
    }

    private static InstallRequest nginx(String name, int percent) {
        InstallRequest request = lightstreamer(name, percent);
        request.setPort("80");
        return request;
    }

    record Outcome(boolean accepted, String message) {}
}
