package io.slipway.installation;

import io.slipway.team.Member;
import io.slipway.team.Teams;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Finds an app for a user: only inside the user's own team, so that an unknown id and another team's app give
 * the same {@link AppNotFound}; changing it takes its owner or a team admin.
 */
@Component
class AppAccess {

    private final InstallationRepository installations;
    private final Teams teams;

    AppAccess(InstallationRepository installations, Teams teams) {
        this.installations = installations;
        this.teams = teams;
    }

    /**
     * For a change: locks the team and the user's membership (as installs do, in the same order), then checks
     * that the user owns the app or is a team admin. Needs the caller's transaction.
     */
    Target toChange(UUID userId, UUID installationId) {
        Member actor = teams.lockMember(userId).orElseThrow(AppNotFound::new);
        Installation installation = inTeam(actor, installationId);
        if (!mayChange(actor, installation)) {
            throw new AppActionRefused();
        }
        return new Target(actor, installation);
    }

    /** For reading: any member of the app's team may see it. */
    Target toRead(UUID userId, UUID installationId) {
        Member viewer = teams.memberOf(userId).orElseThrow(AppNotFound::new);
        return new Target(viewer, inTeam(viewer, installationId));
    }

    static boolean mayChange(Member actor, Installation installation) {
        return actor.isAdmin() || installation.getOwnerId().equals(actor.userId());
    }

    private Installation inTeam(Member member, UUID installationId) {
        if (installationId == null) {
            throw new AppNotFound();
        }
        return installations
                .findByIdAndTeamId(installationId, member.team().id())
                .orElseThrow(AppNotFound::new);
    }

    /** The acting user, as a member of their team, and the app they act on. */
    record Target(Member actor, Installation installation) {}
}
