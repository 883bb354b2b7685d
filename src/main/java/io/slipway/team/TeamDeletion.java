package io.slipway.team;

import io.slipway.security.Accounts;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes a team for one of its admins: its members leave (their accounts stay, without a team) and its namespace
 * goes, with everything in it. Refused while the team has apps or retained volumes, so that nobody loses an app
 * or its data without seeing it on My Apps first.
 */
@Service
public class TeamDeletion {

    private static final Logger log = LoggerFactory.getLogger(TeamDeletion.class);

    private final TeamAccess access;
    private final MembershipRepository memberships;
    private final MemberApps apps;
    private final MemberVolumes volumes;
    private final Accounts accounts;
    private final ChangeRecorder changes;
    private final ApplicationEventPublisher events;

    TeamDeletion(
            TeamAccess access,
            MembershipRepository memberships,
            MemberApps apps,
            MemberVolumes volumes,
            Accounts accounts,
            ChangeRecorder changes,
            ApplicationEventPublisher events) {
        this.access = access;
        this.memberships = memberships;
        this.apps = apps;
        this.volumes = volumes;
        this.accounts = accounts;
        this.changes = changes;
        this.events = events;
    }

    /**
     * Deletes the caller's team.
     *
     * @param confirmation the team's name, typed by the caller
     * @throws org.springframework.security.access.AccessDeniedException when the caller is not a team admin
     * @throws TeamRejected when the name does not match, or the team still has apps or retained volumes (named)
     */
    @Transactional
    public void delete(UUID callerId, String confirmation) {
        TeamState state = access.lockAsAdmin(callerId);
        Team team = state.team();
        if (confirmation == null || !confirmation.strip().equals(team.getName())) {
            throw new TeamRejected(
                    TeamField.CONFIRMATION, "Type the team's name, " + team.getName() + ", exactly as shown");
        }
        List<String> remaining = state.memberships().stream()
                .flatMap(member -> apps.appsOf(member.getUserId()).stream()
                        .map(app -> app.name() + " (" + username(member.getUserId()) + ")"))
                .sorted()
                .toList();
        if (!remaining.isEmpty()) {
            throw new TeamRejected(
                    TeamField.FORM,
                    "The team still has apps: " + String.join(", ", remaining)
                            + ". Delete them on My Apps first (you decide there whether their data goes too).");
        }
        List<String> kept = state.memberships().stream()
                .flatMap(member -> volumes.volumesOf(member.getUserId()).stream()
                        .filter(MemberVolume::retained)
                        .map(volume -> volume.describe() + " of " + username(member.getUserId())))
                .sorted()
                .toList();
        if (!kept.isEmpty()) {
            throw new TeamRejected(
                    TeamField.FORM,
                    "The team still keeps data: " + String.join(", ", kept)
                            + ". Its owners delete retained volumes on My Apps first.");
        }
        for (Membership member : state.memberships()) {
            changes.removed(callerId, member);
            memberships.delete(member);
        }
        team.delete();
        TeamSummary deleted = new TeamSummary(team.getId(), team.getName(), team.getSlug(), team.getPlanId());
        events.publishEvent(new TeamDeleted(deleted.id(), deleted.slug(), deleted.namespace()));
        log.info(
                "Deleted team {} ({} members left it)",
                team.getSlug(),
                state.memberships().size());
    }

    private String username(UUID userId) {
        return accounts.usernameOf(userId).orElse("?");
    }
}
