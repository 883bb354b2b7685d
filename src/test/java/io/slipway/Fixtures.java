package io.slipway;

import io.slipway.catalog.Protocol;
import io.slipway.installation.Access;
import io.slipway.installation.InstallRequest;
import io.slipway.plan.Allocation;
import io.slipway.plan.PlanAdmin;
import io.slipway.plan.PlanRequest;
import io.slipway.plan.PlanSummary;
import io.slipway.plan.Pool;
import io.slipway.security.Accounts;
import io.slipway.team.AllocationRequest;
import io.slipway.team.Allocations;
import io.slipway.team.TeamMembers;
import io.slipway.team.TeamSummary;
import io.slipway.team.Teams;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Fresh teams and members per test, so tests sharing one application context never see each other's apps. */
@Component
public class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Accounts accounts;
    private final Teams teams;
    private final TeamMembers members;
    private final Allocations allocations;
    private final PlanAdmin planAdmin;
    private final JdbcTemplate jdbc;

    Fixtures(
            Accounts accounts,
            Teams teams,
            TeamMembers members,
            Allocations allocations,
            PlanAdmin planAdmin,
            JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.teams = teams;
        this.members = members;
        this.allocations = allocations;
        this.planAdmin = planAdmin;
        this.jdbc = jdbc;
    }

    /** A plan of the test's own, so changing it touches no other test's teams; with volumes when it has storage. */
    public PlanSummary newPlan(Pool pool, String monthlyPrice) {
        String name = "Plan " + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100000;
        Set<String> volumeTypes = pool.storageGib() > 0 ? Set.of("Standard") : Set.of();
        return planAdmin.create(platformAdmin(), PlanRequest.of(name, pool, volumeTypes, new BigDecimal(monthlyPrice)));
    }

    /** The demo platform admin. */
    public UUID platformAdmin() {
        return accounts.idOf("admin").orElseThrow();
    }

    /** A new team on the plan (by key, such as {@code premium}); its admin (returned) holds the given allocation. */
    public Member newAdmin(String plan, Allocation allocation) {
        int n = SEQUENCE.incrementAndGet();
        String username = "admin" + n + "x" + System.nanoTime() % 100000;
        UUID userId = accounts.create(username, username, false);
        TeamSummary team = teams.create("Team " + n, "t" + n + "-" + System.nanoTime() % 100000, plan, userId);
        allocations.allocate(userId, userId, allocation);
        return new Member(userId, username, team);
    }

    /** A new member of {@code team} with the given allocation. */
    public Member newMember(TeamSummary team, Allocation allocation) {
        String username = "member" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100000;
        UUID userId = accounts.create(username, username, false);
        members.addExisting(anAdminOf(team), username, AllocationRequest.of(allocation));
        return new Member(userId, username, team);
    }

    private UUID anAdminOf(TeamSummary team) {
        return jdbc.queryForObject(
                "select user_id from membership where team_id = ? and role = 'ADMIN' order by created_at limit 1",
                UUID.class,
                team.id());
    }

    /** A valid request to install Lightstreamer under {@code name} at {@code percent} %. */
    public static InstallRequest lightstreamer(String name, int percent) {
        InstallRequest request = new InstallRequest();
        request.setName(name);
        request.setTag("latest");
        request.setPercent(percent);
        request.setProtocol(Protocol.HTTP);
        request.setPort("8080");
        request.setAccess(Access.PUBLIC);
        return request;
    }

    /** "Deploy your own image" of {@code image}, public HTTP on port 3000, without registry credentials. */
    public static InstallRequest ownImage(String name, String image) {
        InstallRequest request = new InstallRequest();
        request.setImage(image);
        request.setName(name);
        request.setPercent(10);
        request.setProtocol(Protocol.HTTP);
        request.setPort("3000");
        request.setAccess(Access.PUBLIC);
        return request;
    }

    public record Member(UUID userId, String username, TeamSummary team) {}
}
