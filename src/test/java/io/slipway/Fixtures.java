package io.slipway;

import io.slipway.catalog.Protocol;
import io.slipway.installation.Access;
import io.slipway.installation.InstallRequest;
import io.slipway.plan.Allocation;
import io.slipway.security.Accounts;
import io.slipway.team.TeamRole;
import io.slipway.team.TeamSummary;
import io.slipway.team.Teams;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Fresh teams and members per test, so tests sharing one application context never see each other's apps. */
@Component
public class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Accounts accounts;
    private final Teams teams;

    Fixtures(Accounts accounts, Teams teams) {
        this.accounts = accounts;
        this.teams = teams;
    }

    /** A new team on the plan; its admin (returned) holds the given allocation. */
    public Member newAdmin(String plan, Allocation allocation) {
        int n = SEQUENCE.incrementAndGet();
        String username = "admin" + n + "x" + System.nanoTime() % 100000;
        UUID userId = accounts.create(username, username, false);
        TeamSummary team = teams.create("Team " + n, "t" + n + "-" + System.nanoTime() % 100000, plan, userId);
        teams.allocate(userId, allocation);
        return new Member(userId, username, team);
    }

    /** A new member of {@code team} with the given allocation. */
    public Member newMember(TeamSummary team, Allocation allocation) {
        String username = "member" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100000;
        UUID userId = accounts.create(username, username, false);
        teams.addMember(team.id(), userId, TeamRole.MEMBER, allocation);
        return new Member(userId, username, team);
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

    public record Member(UUID userId, String username, TeamSummary team) {}
}
