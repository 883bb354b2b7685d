package io.slipway.team;

import io.slipway.plan.Allocation;
import io.slipway.security.Account;
import io.slipway.security.Accounts;
import io.slipway.security.OneTimePassword;
import io.slipway.security.UsernamePolicy;
import io.slipway.team.RecordedChange.MemberState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members of the caller's team: any member may list them; only team admins add, remove, promote and demote.
 * Every method checks the caller itself and sees only the caller's team.
 *
 * @see Allocations for members' allocations
 */
@Service
public class TeamMembers {

    private static final Logger log = LoggerFactory.getLogger(TeamMembers.class);

    private final TeamAccess access;
    private final MembershipRepository memberships;
    private final Accounts accounts;
    private final MemberApps apps;
    private final ChangeRecorder changes;
    private final MemberVolumes volumes;

    TeamMembers(
            TeamAccess access,
            MembershipRepository memberships,
            Accounts accounts,
            MemberApps apps,
            ChangeRecorder changes,
            MemberVolumes volumes) {
        this.access = access;
        this.memberships = memberships;
        this.accounts = accounts;
        this.apps = apps;
        this.changes = changes;
        this.volumes = volumes;
    }

    /** The caller's team, admins first, then by name. */
    @Transactional(readOnly = true)
    public List<TeamMember> members(UUID callerId) {
        return access.readAsMember(callerId).memberships().stream()
                .map(this::row)
                .sorted(Comparator.comparing((TeamMember m) -> !m.isAdmin()).thenComparing(TeamMember::username))
                .toList();
    }

    /** A member of the caller's team; empty alike for an unknown id and for a member of another team. */
    @Transactional(readOnly = true)
    public Optional<TeamMember> member(UUID callerId, UUID memberId) {
        return access.readAsMember(callerId).memberships().stream()
                .filter(m -> m.getUserId().equals(memberId))
                .findFirst()
                .map(this::row);
    }

    /** The apps of a member of the caller's team, with their shares; the team's apps are visible to all members. */
    @Transactional(readOnly = true)
    public List<MemberApp> appsOf(UUID callerId, UUID memberId) {
        return apps.appsOf(access.readAsMember(callerId).member(memberId).getUserId());
    }

    /**
     * Creates an account and adds it to the caller's team. The returned one-time password is shown once to the
     * admin; the new member must replace it at their first login.
     */
    @Transactional
    public OneTimePassword addNewAccount(UUID callerId, String username, AllocationRequest allocation) {
        TeamState team = access.lockAsAdmin(callerId);
        List<TeamFieldError> errors = new ArrayList<>();
        UsernamePolicy.check(username).ifPresent(m -> errors.add(new TeamFieldError(TeamField.USERNAME, m)));
        if (errors.isEmpty() && accounts.idOf(username).isPresent()) {
            errors.add(new TeamFieldError(TeamField.USERNAME, "The user name " + username + " is taken"));
        }
        Allocation wanted = checkFits(team, allocation, errors);
        OneTimePassword account = accounts.createWithOneTimePassword(username);
        join(team, callerId, account.userId(), wanted);
        return account;
    }

    /** Adds a user who has an account but no team yet. */
    @Transactional
    public TeamMember addExisting(UUID callerId, String username, AllocationRequest allocation) {
        TeamState team = access.lockAsAdmin(callerId);
        List<TeamFieldError> errors = new ArrayList<>();
        Optional<Account> account = accounts.byUsername(username == null ? "" : username.strip());
        boolean inThisTeam = account.map(a ->
                        team.memberships().stream().anyMatch(m -> m.getUserId().equals(a.id())))
                .orElse(false);
        if (inThisTeam) {
            errors.add(new TeamFieldError(TeamField.USERNAME, username + " is already in your team"));
        } else if (account.isEmpty()
                || account.get().platformAdmin()
                || memberships.existsByUserId(account.get().id())) {
            // One message for unknown users and users of other teams: nobody learns who is in which team
            errors.add(new TeamFieldError(
                    TeamField.USERNAME,
                    "There is no user named " + username + " without a team; check the name, or create a new account"));
        }
        Allocation wanted = checkFits(team, allocation, errors);
        return row(join(team, callerId, account.orElseThrow().id(), wanted));
    }

    /** Removes a member; refused for the last admin and for members who still own apps or volumes. */
    @Transactional
    public void remove(UUID callerId, UUID memberId) {
        TeamState team = access.lockAsAdmin(callerId);
        Membership member = team.member(memberId);
        String name = username(memberId);
        refuseLastAdmin(team, member, name + " is the team's last admin; make another member admin first");
        List<MemberApp> owned = apps.appsOf(memberId);
        if (!owned.isEmpty()) {
            throw new TeamRejected(
                    TeamField.FORM,
                    name + " still owns apps: "
                            + owned.stream().map(MemberApp::name).collect(Collectors.joining(", "))
                            + ". Delete them first; then remove " + name + ".");
        }
        List<MemberVolume> kept = volumes.volumesOf(memberId);
        if (!kept.isEmpty()) {
            throw new TeamRejected(
                    TeamField.FORM,
                    name + " still holds retained volumes: "
                            + kept.stream().map(MemberVolume::describe).collect(Collectors.joining(", "))
                            + ". They delete them on My Apps first; then remove " + name + ".");
        }
        changes.removed(callerId, member);
        memberships.delete(member);
        log.info("Removed member {} from team {}", memberId, team.team().getSlug());
    }

    /** Makes a member admin, or an admin a member; the last admin stays admin. */
    @Transactional
    public void changeRole(UUID callerId, UUID memberId, TeamRole role) {
        TeamState team = access.lockAsAdmin(callerId);
        Membership member = team.member(memberId);
        if (member.getRole() == role) {
            return;
        }
        if (role == TeamRole.MEMBER) {
            refuseLastAdmin(
                    team, member, username(memberId) + " is the team's last admin; make another member admin first");
        }
        MemberState before = MemberState.of(member);
        member.changeRole(role);
        changes.changed(callerId, member, TeamChangeKind.ROLE_CHANGED, before);
        log.info("Made member {} of team {} {}", memberId, team.team().getSlug(), role);
    }

    private Allocation checkFits(TeamState team, AllocationRequest allocation, List<TeamFieldError> errors) {
        List<TeamFieldError> input = AllocationInput.validate(allocation);
        errors.addAll(input);
        if (input.isEmpty()) {
            errors.addAll(PoolFit.problems(team, null, AllocationInput.toAllocation(allocation)));
        }
        if (!errors.isEmpty()) {
            throw new TeamRejected(errors);
        }
        return AllocationInput.toAllocation(allocation);
    }

    private Membership join(TeamState team, UUID callerId, UUID userId, Allocation allocation) {
        Membership member = memberships.save(new Membership(team.id(), userId, TeamRole.MEMBER, allocation));
        changes.added(callerId, member);
        log.info("Added member {} to team {}", userId, team.team().getSlug());
        return member;
    }

    private static void refuseLastAdmin(TeamState team, Membership member, String message) {
        if (member.getRole() == TeamRole.ADMIN && team.adminCount() <= 1) {
            throw new TeamRejected(TeamField.FORM, message);
        }
    }

    private TeamMember row(Membership membership) {
        int used = apps.appsOf(membership.getUserId()).stream()
                .mapToInt(MemberApp::percent)
                .sum();
        return new TeamMember(
                membership.getUserId(),
                username(membership.getUserId()),
                membership.getRole(),
                membership.allocation(),
                used);
    }

    private String username(UUID userId) {
        return accounts.usernameOf(userId).orElse("?");
    }
}
