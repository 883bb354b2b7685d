package io.slipway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.SlipwayTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The throttle's arithmetic on its counts in the application's database, with a clock the test moves. */
@SlipwayTest
class LoginThrottleTest {

    @Autowired
    LoginFailures failures;

    @Autowired
    JdbcTemplate jdbc;

    private final MovableClock clock = new MovableClock();
    private LoginThrottle throttle;

    @BeforeEach
    void startWithNoCounts() {
        jdbc.update("DELETE FROM login_failure");
        throttle = new LoginThrottle(failures, clock);
    }

    @Test
    void letsFiveFailuresPassThenDoublesTheWaitAfterEachUpToAMinute() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("bob", "10.0.0." + i);
        }
        assertThat(throttle.waitFor("bob", "10.0.1.1")).isZero();

        throttle.failed("bob", "10.0.0.5");
        assertThat(throttle.waitFor("bob", "10.0.1.1")).isEqualTo(Duration.ofSeconds(1));
        throttle.failed("bob", "10.0.0.6");
        assertThat(throttle.waitFor("bob", "10.0.1.1")).isEqualTo(Duration.ofSeconds(2));
        throttle.failed("bob", "10.0.0.7");
        assertThat(throttle.waitFor("bob", "10.0.1.1")).isEqualTo(Duration.ofSeconds(4));
        for (int i = 0; i < 10; i++) {
            throttle.failed("bob", "10.0.2." + i);
        }
        assertThat(throttle.waitFor("bob", "10.0.1.1")).isEqualTo(Duration.ofMinutes(1));

        clock.advance(Duration.ofSeconds(45));
        assertThat(throttle.waitFor("bob", "10.0.1.1")).isEqualTo(Duration.ofSeconds(15));
        clock.advance(Duration.ofSeconds(15));
        assertThat(throttle.waitFor("bob", "10.0.1.1")).isZero();
    }

    @Test
    void throttlesUnknownUserNamesExactlyLikeKnownOnes() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("no-such-user", "10.0.0." + i);
            throttle.failed("bob", "10.0.1." + i);
        }

        assertThat(throttle.waitFor("no-such-user", "10.9.9.9")).isEqualTo(throttle.waitFor("bob", "10.9.9.9"));
    }

    @Test
    void throttlesAClientThatGuessesManyAccountsButNotTheAccountsFromElsewhere() {
        for (int i = 0; i < 12; i++) {
            throttle.failed("user" + i, "203.0.113.7");
        }

        assertThat(throttle.waitFor("carol", "203.0.113.7")).isEqualTo(Duration.ofSeconds(4));
        assertThat(throttle.waitFor("carol", "198.51.100.1")).isZero();
    }

    @Test
    void keepsPunishingAClientThatTriesWhileWaitingButNotTheAccountsOwner() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("bob", "203.0.113.7");
        }
        for (int i = 0; i < 10; i++) {
            throttle.refused("203.0.113.7");
        }

        assertThat(throttle.waitFor("bob", "198.51.100.1")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("alice", "203.0.113.7")).isEqualTo(Duration.ofSeconds(32));
    }

    @Test
    void forgetsFailuresAQuarterOfAnHourAfterTheLastAndAfterTheRightPassword() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("bob", "10.0.0.1");
            throttle.failed("carol", "10.0.0.2");
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("bob", "10.0.0.1");
        throttle.succeeded("carol");

        assertThat(throttle.waitFor("bob", "10.0.0.3")).isZero();
        assertThat(throttle.waitFor("carol", "10.0.0.3")).isZero();
    }

    @Test
    void treatsUserNamesAlikeWhateverTheirCase() {
        for (int i = 0; i < 5; i++) {
            throttle.failed(i % 2 == 0 ? "Bob" : " bob ", "10.0.0." + i);
        }

        assertThat(throttle.waitFor("BOB", "10.0.1.1")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void holdsAcrossReplicasAndRestartsBecauseTheCountsAreInTheDatabase() {
        LoginThrottle otherReplica = new LoginThrottle(failures, clock);
        for (int i = 0; i < 6; i++) {
            (i % 2 == 0 ? throttle : otherReplica).failed("bob", "203.0.113.7");
        }

        LoginThrottle afterRestart = new LoginThrottle(failures, clock);
        assertThat(afterRestart.waitFor("bob", "198.51.100.1")).isEqualTo(Duration.ofSeconds(2));
        assertThat(otherReplica.waitFor("bob", "198.51.100.1")).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void deletesTheCountsThatNoLongerCountAndKeepsTheOthers() {
        throttle.failed("bob", "10.0.0.1");
        clock.advance(Duration.ofMinutes(10));
        throttle.failed("carol", "10.0.0.2");
        clock.advance(Duration.ofMinutes(6));

        throttle.forgetOld();

        assertThat(jdbc.queryForList("SELECT subject FROM login_failure ORDER BY subject", String.class))
                .containsExactly("10.0.0.2", "carol");
    }

    @Test
    void countsOverlongUserNamesAndAddressesByTheirFirst64Characters() {
        String longName = "b".repeat(200);
        for (int i = 0; i < 5; i++) {
            throttle.failed(longName + i, "2001:db8::" + "f".repeat(100) + i);
        }

        assertThat(throttle.waitFor(longName, "10.0.1.1")).isEqualTo(Duration.ofSeconds(1));
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-12-03T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
