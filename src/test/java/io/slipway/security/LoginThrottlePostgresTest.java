package io.slipway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.PostgresTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two replicas count failed logins on one account at the same moment, on real PostgreSQL: none is lost. */
class LoginThrottlePostgresTest extends PostgresTest {

    private static final int PER_REPLICA = 40;

    @Autowired
    LoginFailures failures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void countsEveryFailureWhenReplicasCountAtOnce() throws Exception {
        List<LoginThrottle> replicas = List.of(new LoginThrottle(failures), new LoginThrottle(failures));
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Void>> guesses = new ArrayList<>();
        for (LoginThrottle replica : replicas) {
            for (int thread = 0; thread < 2; thread++) {
                guesses.add(() -> {
                    start.await();
                    for (int i = 0; i < PER_REPLICA / 2; i++) {
                        replica.failed("dana", "203.0.113.9");
                    }
                    return null;
                });
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(guesses.size());
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (Callable<Void> guess : guesses) {
                running.add(pool.submit(guess));
            }
            start.countDown();
            for (Future<Void> guess : running) {
                guess.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(jdbc.queryForList(
                        "SELECT failures FROM login_failure WHERE subject IN ('dana', '203.0.113.9')", Integer.class))
                .containsExactly(PER_REPLICA * replicas.size(), PER_REPLICA * replicas.size());
        // The longest wait, less the moments since the last failure
        assertThat(replicas.get(1).waitFor("dana", "198.51.100.1"))
                .isBetween(LoginThrottle.MAX_ACCOUNT_WAIT.minusSeconds(10), LoginThrottle.MAX_ACCOUNT_WAIT);
    }
}
