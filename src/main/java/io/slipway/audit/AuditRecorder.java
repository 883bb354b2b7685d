package io.slipway.audit;

import io.slipway.installation.AppChanged;
import io.slipway.installation.AppInstalled;
import io.slipway.plan.Allocation;
import io.slipway.plan.Resources;
import io.slipway.security.Accounts;
import io.slipway.security.LoginFailed;
import io.slipway.team.MemberChanged;
import io.slipway.team.TeamPlanChanged;
import io.slipway.team.TeamRole;
import io.slipway.team.Teams;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit log from the other modules' events, in the transaction that published them: an entry commits
 * with its change or not at all.
 */
@Component
class AuditRecorder {

    private final AuditEntryRepository entries;
    private final Accounts accounts;
    private final Teams teams;
    private final Clock clock = Clock.systemUTC();

    AuditRecorder(AuditEntryRepository entries, Accounts accounts, Teams teams) {
        this.entries = entries;
        this.accounts = accounts;
        this.teams = teams;
    }

    @EventListener
    @Transactional
    void on(AppInstalled event) {
        String owner = name(event.ownerId());
        record(
                event.teamId(),
                AuditAction.APP_INSTALLED,
                event.ownerId(),
                event.ownerId(),
                "Installed " + event.image() + ":" + event.tag() + " as " + event.name() + " at " + event.percent()
                        + " % of " + owner + "'s allocation");
    }

    /** Edits, stops, starts, restarts and deletes; the member is the app's owner, who may not be the one acting. */
    @EventListener
    @Transactional
    void on(AppChanged event) {
        AuditAction action = switch (event.change()) {
            case EDITED -> AuditAction.APP_EDITED;
            case STOPPED -> AuditAction.APP_STOPPED;
            case STARTED -> AuditAction.APP_STARTED;
            case RESTARTED -> AuditAction.APP_RESTARTED;
            case DELETED -> AuditAction.APP_DELETED;
        };
        record(event.teamId(), action, event.actorId(), event.ownerId(), event.detail());
    }

    @EventListener
    @Transactional
    void on(MemberChanged event) {
        String member = name(event.memberId());
        String detail = switch (event.kind()) {
            case MEMBER_ADDED ->
                member + " joined as " + role(event.roleAfter()) + " with " + describe(event.allocationAfter());
            case MEMBER_REMOVED ->
                member + " left the team; " + describe(event.allocationBefore()) + " went back to the pool";
            case ROLE_CHANGED -> member + " is now " + role(event.roleAfter());
            case ALLOCATION_CHANGED ->
                "Allocation of " + member + ": " + describe(event.allocationBefore()) + " → "
                        + describe(event.allocationAfter());
        };
        AuditAction action = switch (event.kind()) {
            case MEMBER_ADDED -> AuditAction.MEMBER_ADDED;
            case MEMBER_REMOVED -> AuditAction.MEMBER_REMOVED;
            case ROLE_CHANGED -> AuditAction.ROLE_CHANGED;
            case ALLOCATION_CHANGED -> AuditAction.ALLOCATION_CHANGED;
        };
        record(event.teamId(), action, event.actorId(), event.memberId(), detail);
    }

    @EventListener
    @Transactional
    void on(TeamPlanChanged event) {
        record(
                event.teamId(),
                AuditAction.PLAN_CHANGED,
                event.actorId(),
                null,
                "Plan: " + event.fromPlan() + " → " + event.toPlan());
    }

    /** Failed logins on a team's account go into that team's log; other names belong to no team. */
    @EventListener
    @Transactional
    void on(LoginFailed event) {
        if (event.accountId() == null) {
            return;
        }
        teams.memberOf(event.accountId())
                .ifPresent(member -> record(
                        member.team().id(),
                        AuditAction.LOGIN_FAILED,
                        null,
                        event.accountId(),
                        "Failed login from " + event.client()
                                + (event.refusedWhileThrottled()
                                        ? ", refused without checking the password after repeated failures"
                                        : "")));
    }

    private void record(UUID teamId, AuditAction action, UUID actorId, UUID memberId, String detail) {
        entries.save(new AuditEntry(
                teamId,
                clock.instant(),
                action,
                actorId,
                actorId == null ? null : name(actorId),
                memberId,
                memberId == null ? null : name(memberId),
                detail));
    }

    private String name(UUID userId) {
        return accounts.usernameOf(userId).orElse("?");
    }

    private static String role(TeamRole role) {
        return role == TeamRole.ADMIN ? "team admin" : "member";
    }

    private static String describe(Allocation allocation) {
        return new Resources(allocation.cpuMillis(), allocation.memoryMib()).describe() + " · "
                + allocation.storageGib() + " GiB";
    }
}
