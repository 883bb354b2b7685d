package io.slipway.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The failed logins {@link LoginThrottle} counts, in the database: every replica sees the same counts, and a restart
 * does not forget them. Each statement commits on its own (outside any caller's transaction), so that a count is
 * shared the moment it is made and a lost race to insert a row can simply update it instead.
 */
@Component
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class LoginFailures {

    /** Whose failures: an account's (by lower-case user name) or a client address's. */
    enum Kind {
        ACCOUNT,
        CLIENT
    }

    /** {@code count} failures, the last at {@code last}. */
    record Count(int count, Instant last) {}

    private final JdbcTemplate jdbc;

    LoginFailures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Count> find(Kind kind, String subject) {
        List<Count> found = jdbc.query(
                "SELECT failures, last_failure FROM login_failure WHERE kind = ? AND subject = ?",
                (row, i) -> new Count(
                        row.getInt("failures"), row.getTimestamp("last_failure").toInstant()),
                kind.name(),
                subject);
        return found.stream().findFirst();
    }

    /**
     * Counts one more failure at {@code now}, starting again from one if the last was before {@code forgetBefore}.
     * Two replicas counting at once both count: the update is atomic, and of two inserts the second fails and updates.
     */
    void add(Kind kind, String subject, Instant now, Instant forgetBefore) {
        if (increment(kind, subject, now, forgetBefore) > 0) {
            return;
        }
        try {
            jdbc.update(
                    "INSERT INTO login_failure (kind, subject, failures, last_failure) VALUES (?, ?, 1, ?)",
                    kind.name(),
                    subject,
                    Timestamp.from(now));
        } catch (DuplicateKeyException inserted) {
            increment(kind, subject, now, forgetBefore);
        }
    }

    void forget(Kind kind, String subject) {
        jdbc.update("DELETE FROM login_failure WHERE kind = ? AND subject = ?", kind.name(), subject);
    }

    /** @return how many counts were deleted */
    int forgetBefore(Instant forgetBefore) {
        return jdbc.update("DELETE FROM login_failure WHERE last_failure < ?", Timestamp.from(forgetBefore));
    }

    private int increment(Kind kind, String subject, Instant now, Instant forgetBefore) {
        return jdbc.update("""
                UPDATE login_failure
                SET failures = CASE WHEN last_failure < ? THEN 1 ELSE failures + 1 END, last_failure = ?
                WHERE kind = ? AND subject = ?""", Timestamp.from(forgetBefore), Timestamp.from(now), kind.name(), subject);
    }
}
