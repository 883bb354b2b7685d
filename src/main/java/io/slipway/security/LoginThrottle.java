package io.slipway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per account and per client address. After a few failures each further attempt
 * must wait, twice as long after every failure: briefly for an account (so its owner is never locked out for
 * long, whoever guesses), longer for a client address (which only the guesser uses). Known and unknown user
 * names are throttled alike, and failures are forgotten a quarter of an hour after the last one.
 *
 * <p>Kept in memory: each replica counts its own failures, so a client spread over replicas gets proportionally
 * more attempts.
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
    private static final int MAX_TRACKED = 100_000;
    private static final int MAX_KEY_LENGTH = 64;

    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> clients = new ConcurrentHashMap<>();
    private final Clock clock;

    @Autowired
    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this account, from this client, must still wait before a password is checked; zero when not. */
    Duration waitFor(String username, String client) {
        Instant now = clock.instant();
        Duration account = wait(accounts.get(accountKey(username)), now, FREE_ACCOUNT_FAILURES, MAX_ACCOUNT_WAIT);
        Duration fromClient = wait(clients.get(clientKey(client)), now, FREE_CLIENT_FAILURES, MAX_CLIENT_WAIT);
        return account.compareTo(fromClient) >= 0 ? account : fromClient;
    }

    /** A wrong password, or an unknown user name. */
    void failed(String username, String client) {
        count(accounts, accountKey(username));
        count(clients, clientKey(client));
    }

    /** An attempt refused while waiting: it counts against the client, not against the account's owner. */
    void refused(String client) {
        count(clients, clientKey(client));
    }

    /** The right password: the account starts afresh. The client does not: it may be guessing other accounts. */
    void succeeded(String username) {
        accounts.remove(accountKey(username));
    }

    private void count(Map<String, Failures> failures, String key) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(entry -> entry.forgotten(now));
            if (failures.size() >= MAX_TRACKED) {
                log.warn("Forgot {} login failures: too many user names or clients failing at once", failures.size());
                failures.clear();
            }
        }
        failures.merge(key, new Failures(1, now), (old, one) -> old.forgotten(now) ? one : old.plusOne(now));
    }

    private static Duration wait(Failures failures, Instant now, int free, Duration max) {
        if (failures == null || failures.forgotten(now) || failures.count() < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures.count() - free, 20);
        Duration backoff = FIRST_WAIT.multipliedBy(1L << doublings);
        Duration until = (backoff.compareTo(max) > 0 ? max : backoff).minus(Duration.between(failures.last(), now));
        return until.isNegative() ? Duration.ZERO : until;
    }

    private static String accountKey(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }

    private static String clientKey(String client) {
        return client == null ? "unknown" : client;
    }

    private record Failures(int count, Instant last) {

        boolean forgotten(Instant now) {
            return Duration.between(last, now).compareTo(FORGET_AFTER) > 0;
        }

        Failures plusOne(Instant now) {
            return new Failures(count + 1, now);
        }
    }
}
