package io.slipway.team;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Many teams written straight into the database in batches, each with one admin who holds the team's whole pool:
 * for benchmarks that need thousands of teams. Nothing is published, so the deployer never hears of them, and no
 * history is written (no plan start or member addition in the team's records).
 */
@Component
public class TeamRows {

    private final JdbcTemplate jdbc;

    TeamRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A team and the admin who owns its apps. */
    public record SeededTeam(TeamSummary team, UUID adminId) {}

    /** Writes {@code count} teams on the plan (by key) with slugs {@code <prefix>-00000} and so on. */
    public List<SeededTeam> seed(String planKey, String prefix, int count) {
        Map<String, Object> plan = jdbc.queryForMap(
                "select id, cpu_millis, memory_mib, storage_gib from plan where plan_key = ?", planKey);
        UUID planId = (UUID) plan.get("id");
        List<SeededTeam> seeded = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String slug = "%s-%05d".formatted(prefix, i);
            seeded.add(new SeededTeam(
                    new TeamSummary(UUID.randomUUID(), "Team " + slug, slug, planId), UUID.randomUUID()));
        }
        Timestamp now = Timestamp.from(Instant.now());
        batch(
                "insert into user_account (id, username, password_hash, platform_admin, created_at)"
                        + " values (?, ?, '{noop}seeded', false, ?)",
                seeded,
                (row, team) -> {
                    row.setObject(1, team.adminId());
                    row.setString(2, "admin-" + team.team().slug());
                    row.setTimestamp(3, now);
                });
        batch(
                "insert into team (id, name, slug, plan_id, created_at, version) values (?, ?, ?, ?, ?, 0)",
                seeded,
                (row, team) -> {
                    row.setObject(1, team.team().id());
                    row.setString(2, team.team().name());
                    row.setString(3, team.team().slug());
                    row.setObject(4, planId);
                    row.setTimestamp(5, now);
                });
        batch(
                "insert into membership (id, team_id, user_id, role, cpu_millis, memory_mib, storage_gib, created_at,"
                        + " version) values (?, ?, ?, 'ADMIN', ?, ?, ?, ?, 0)",
                seeded,
                (row, team) -> {
                    row.setObject(1, UUID.randomUUID());
                    row.setObject(2, team.team().id());
                    row.setObject(3, team.adminId());
                    row.setInt(4, (Integer) plan.get("cpu_millis"));
                    row.setInt(5, (Integer) plan.get("memory_mib"));
                    row.setInt(6, (Integer) plan.get("storage_gib"));
                    row.setTimestamp(7, now);
                });
        return seeded;
    }

    private interface RowSetter {
        void set(PreparedStatement row, SeededTeam team) throws SQLException;
    }

    private void batch(String sql, List<SeededTeam> teams, RowSetter setter) {
        jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement row, int i) throws SQLException {
                setter.set(row, teams.get(i));
            }

            @Override
            public int getBatchSize() {
                return teams.size();
            }
        });
    }
}
