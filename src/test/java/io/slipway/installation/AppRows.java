package io.slipway.installation;

import io.slipway.catalog.Protocol;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Many apps of one member written straight into the database in batches, as the deployer would have left them:
 * for tests and benchmarks of reading pages, which need thousands of rows but no cluster objects. Nothing is
 * published, so the deployer never hears of them (the tests' resync runs only when a test asks).
 */
@Component
public class AppRows {

    private static final InstallationStatus[] STATUSES = {
        InstallationStatus.RUNNING, InstallationStatus.RUNNING, InstallationStatus.STOPPED, InstallationStatus.FAILED
    };

    private final JdbcTemplate jdbc;

    AppRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes {@code count} apps named {@code <prefix>-00000} and so on, every second one running and the others
     * stopped or failed in turn, each created a second after the one before.
     */
    public List<UUID> seed(UUID teamId, UUID ownerId, String prefix, int count) {
        List<UUID> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(UUID.randomUUID());
        }
        Instant start = Instant.now().minusSeconds(count);
        jdbc.batchUpdate(
                "insert into installation (id, team_id, owner_id, catalog_entry_id, name, image, tag, percent,"
                        + " protocol, port, access, persistence, status, status_reason, created_at, updated_at,"
                        + " version, stopped) values (?, ?, ?, 'lightstreamer', ?, 'lightstreamer', 'latest', 0,"
                        + " 'HTTP', 8080, 'PRIVATE', 'EPHEMERAL', ?, ?, ?, ?, 0, ?)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement row, int i) throws SQLException {
                        InstallationStatus status = STATUSES[i % STATUSES.length];
                        Timestamp created = Timestamp.from(start.plusSeconds(i));
                        row.setObject(1, ids.get(i));
                        row.setObject(2, teamId);
                        row.setObject(3, ownerId);
                        row.setString(4, "%s-%05d".formatted(prefix, i));
                        row.setString(5, status.name());
                        row.setString(6, status == InstallationStatus.FAILED ? "The app exited with code 1" : null);
                        row.setTimestamp(7, created);
                        row.setTimestamp(8, created);
                        row.setBoolean(9, status == InstallationStatus.STOPPED);
                    }

                    @Override
                    public int getBatchSize() {
                        return count;
                    }
                });
        return ids;
    }

    /** An app to write as an install from the catalog's Lightstreamer entry stores it. */
    public record CatalogApp(UUID teamId, UUID ownerId, String name, int percent, Protocol protocol, Access access) {}

    /** Writes the apps in one batch, all running, as if the deployer had applied them and seen them run. */
    public List<UUID> seedRunning(List<CatalogApp> apps) {
        List<UUID> ids = new ArrayList<>(apps.size());
        for (int i = 0; i < apps.size(); i++) {
            ids.add(UUID.randomUUID());
        }
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate(
                "insert into installation (id, team_id, owner_id, catalog_entry_id, name, image, tag, percent,"
                        + " protocol, port, access, persistence, status, created_at, updated_at, version, stopped)"
                        + " values (?, ?, ?, 'lightstreamer', ?, 'lightstreamer', 'latest', ?, ?, 8080, ?,"
                        + " 'EPHEMERAL', 'RUNNING', ?, ?, 0, false)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement row, int i) throws SQLException {
                        CatalogApp app = apps.get(i);
                        row.setObject(1, ids.get(i));
                        row.setObject(2, app.teamId());
                        row.setObject(3, app.ownerId());
                        row.setString(4, app.name());
                        row.setInt(5, app.percent());
                        row.setString(6, app.protocol().name());
                        row.setString(7, app.access().name());
                        row.setTimestamp(8, now);
                        row.setTimestamp(9, now);
                    }

                    @Override
                    public int getBatchSize() {
                        return apps.size();
                    }
                });
        return ids;
    }

    /** Removes every app of the team again, so that a later resync in the same context does not deploy them. */
    public void removeAll(UUID teamId) {
        jdbc.update(
                "delete from installation_status_change where installation_id in"
                        + " (select id from installation where team_id = ?)",
                teamId);
        jdbc.update("delete from installation where team_id = ?", teamId);
    }
}
