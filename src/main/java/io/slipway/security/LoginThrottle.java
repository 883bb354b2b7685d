package io.slipway.security;

import io.slipway.security.LoginFailures.Count;
import io.slipway.security.LoginFailures.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per account and per client address. After a few failures each further attempt
 * must wait, twice as long after every failure: briefly for an account (so its owner is never locked out for
 * long, whoever guesses), longer for a client address (which only the guesser uses). Known and unknown user
 * names are throttled alike, and failures are forgotten a quarter of an hour after the last one.
 *
 * <p>The counts are kept in the database ({@link LoginFailures}), so the limits hold across replicas and restarts:
 * a guesser gains nothing from requests spread over replicas, or from waiting for a deployment.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    static final int FREE_ACCOUNT_FAILURES = 5;
    static final Duration MAX_ACCOUNT_WAIT = Duration.ofMinutes(1);
    static final int FREE_CLIENT_FAILURES = 10;
    static final Duration MAX_CLIENT_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    private static final int MAX_KEY_LENGTH = 64;

    private final LoginFailures failures;
    private final Clock clock;

    @Autowired
    LoginThrottle(LoginFailures failures) {
        this(failures, Clock.systemUTC());
    }

    LoginThrottle(LoginFailures failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    /** How long this account, from this client, must still wait before a password is checked; zero when not. */
    Duration waitFor(String username, String client) {
        Instant now = clock.instant();
        Duration account = wait(Kind.ACCOUNT, accountKey(username), now, FREE_ACCOUNT_FAILURES, MAX_ACCOUNT_WAIT);
        Duration fromClient = wait(Kind.CLIENT, clientKey(client), now, FREE_CLIENT_FAILURES, MAX_CLIENT_WAIT);
        return account.compareTo(fromClient) >= 0 ? account : fromClient;
    }

    /** A wrong password, or an unknown user name. */
    void failed(String username, String client) {
        count(Kind.ACCOUNT, accountKey(username));
        count(Kind.CLIENT, clientKey(client));
    }

    /** An attempt refused while waiting: it counts against the client, not against the account's owner. */
    void refused(String client) {
        count(Kind.CLIENT, clientKey(client));
    }

    /** The right password: the account starts afresh. The client does not: it may be guessing other accounts. */
    void succeeded(String username) {
        failures.forget(Kind.ACCOUNT, accountKey(username));
    }

    /** Deletes the counts that no longer count, so that names sprayed by a guesser do not pile up. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    void forgetOld() {
        int forgotten = failures.forgetBefore(clock.instant().minus(FORGET_AFTER));
        if (forgotten > 0) {
            log.debug("Forgot {} login failure counts older than {}", forgotten, FORGET_AFTER);
        }
    }

    private void count(Kind kind, String key) {
        Instant now = clock.instant();
        failures.add(kind, key, now, now.minus(FORGET_AFTER));
    }

    private Duration wait(Kind kind, String key, Instant now, int free, Duration max) {
        Count count = failures.find(kind, key).orElse(null);
        if (count == null || forgotten(count, now) || count.count() < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count.count() - free, 20);
        Duration backoff = FIRST_WAIT.multipliedBy(1L << doublings);
        Duration until = (backoff.compareTo(max) > 0 ? max : backoff).minus(Duration.between(count.last(), now));
        return until.isNegative() ? Duration.ZERO : until;
    }

    private static boolean forgotten(Count count, Instant now) {
        return count.last().isBefore(now.minus(FORGET_AFTER));
    }

    private static String accountKey(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return cut(key);
    }

    private static String clientKey(String client) {
        return client == null ? "unknown" : cut(client);
    }

    private static String cut(String key) {
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }
}
