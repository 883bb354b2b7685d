package io.slipway.team;

import io.slipway.plan.Plans;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides, inside the service, whether the caller may act on their team, and locks the team row for changes.
 * Views are never trusted: every team service method starts here.
 */
@Component
class TeamAccess {

    static final String ADMINS_ONLY = "Only a team admin can do this";

    private final TeamRepository teams;
    private final MembershipRepository memberships;
    private final Plans plans;

    TeamAccess(TeamRepository teams, MembershipRepository memberships, Plans plans) {
        this.teams = teams;
        this.memberships = memberships;
        this.plans = plans;
    }

    /**
     * Locks the caller's team until the transaction ends and reads its members after the lock, so two admins'
     * changes cannot both pass a check against the pool. Refuses callers who are not an admin of a team.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public TeamState lockAsAdmin(UUID callerId) {
        TeamState team = lock(callerId);
        if (team.member(callerId).getRole() != TeamRole.ADMIN) {
            throw new AccessDeniedException(ADMINS_ONLY);
        }
        return team;
    }

    /** The caller's team, unlocked; refuses callers who are not an admin of a team. */
    @Transactional(propagation = Propagation.MANDATORY)
    public TeamState readAsAdmin(UUID callerId) {
        UUID teamId =
                memberships.findTeamIdByUserId(callerId).orElseThrow(() -> new AccessDeniedException(ADMINS_ONLY));
        Team team = teams.findById(teamId).orElseThrow(() -> new AccessDeniedException(ADMINS_ONLY));
        TeamState state = new TeamState(team, plans.byId(team.getPlanId()), memberships.findByTeamId(teamId));
        if (state.memberships().stream()
                .noneMatch(m -> m.getUserId().equals(callerId) && m.getRole() == TeamRole.ADMIN)) {
            throw new AccessDeniedException(ADMINS_ONLY);
        }
        return state;
    }

    /** The caller's team, unlocked; any member may read it. Refuses callers without a team. */
    @Transactional(propagation = Propagation.MANDATORY)
    public TeamState readAsMember(UUID callerId) {
        UUID teamId = memberships.findTeamIdByUserId(callerId).orElseThrow(TeamAccess::notAMember);
        Team team = teams.findById(teamId).orElseThrow(TeamAccess::notAMember);
        return new TeamState(team, plans.byId(team.getPlanId()), memberships.findByTeamId(teamId));
    }

    private TeamState lock(UUID callerId) {
        UUID teamId =
                memberships.findTeamIdByUserId(callerId).orElseThrow(() -> new AccessDeniedException(ADMINS_ONLY));
        Team team = teams.lockById(teamId).orElseThrow(() -> new AccessDeniedException(ADMINS_ONLY));
        TeamState locked = new TeamState(team, plans.byId(team.getPlanId()), memberships.findByTeamId(teamId));
        if (locked.memberships().stream().noneMatch(m -> m.getUserId().equals(callerId))) {
            // Removed from the team between the first read and the lock
            throw new AccessDeniedException(ADMINS_ONLY);
        }
        return locked;
    }

    private static AccessDeniedException notAMember() {
        return new AccessDeniedException("You are not a member of a team");
    }
}
