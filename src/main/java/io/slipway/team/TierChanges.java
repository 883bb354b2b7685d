package io.slipway.team;

import io.slipway.plan.PlanSummary;
import io.slipway.plan.Plans;
import io.slipway.security.Accounts;
import io.slipway.team.TierFit.Holding;
import io.slipway.team.TierFit.Misfit;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Team admins change their team's plan (tier). A change applies at once when the team fits the new plan, and
 * is refused as a whole, with what to change first, when it does not. Every method checks the caller itself.
 */
@Service
public class TierChanges {

    private static final Logger log = LoggerFactory.getLogger(TierChanges.class);

    private final TeamAccess access;
    private final Plans plans;
    private final MemberApps apps;
    private final Accounts accounts;
    private final ChangeRecorder changes;
    private final ApplicationEventPublisher events;
    private final MemberVolumes volumes;

    TierChanges(
            TeamAccess access,
            Plans plans,
            MemberApps apps,
            Accounts accounts,
            ChangeRecorder changes,
            ApplicationEventPublisher events,
            MemberVolumes volumes) {
        this.access = access;
        this.plans = plans;
        this.apps = apps;
        this.accounts = accounts;
        this.changes = changes;
        this.events = events;
        this.volumes = volumes;
    }

    /**
     * The caller's plan and every plan, each with what the team would have to change first to move there.
     *
     * @throws AccessDeniedException when the caller is not an admin of a team
     */
    @Transactional(readOnly = true)
    public TierOptions options(UUID callerId) {
        TeamState team = access.readAsAdmin(callerId);
        List<Holding> holdings = holdings(team);
        List<TierOption> options = plans.all().stream()
                .map(plan -> {
                    boolean current = plan.id().equals(team.plan().id());
                    return new TierOption(
                            plan,
                            current,
                            PlanSummary.ORDER.compare(plan, team.plan()) > 0,
                            current ? List.of() : messages(TierFit.misfits(plan, holdings)));
                })
                .toList();
        return new TierOptions(team.plan(), options);
    }

    /**
     * Moves the caller's team to another plan. The plan is locked first, then the team, so neither a plan edit nor
     * an allocation change nor an install slips between the check and the change. {@link TeamPlanChanged} tells
     * the deployer to give the namespace the new quota.
     *
     * @throws AccessDeniedException when the caller is not an admin of a team
     * @throws TeamRejected with one {@link TeamField#PLAN} message per thing to change first; nothing changed
     */
    @Transactional
    public void change(UUID callerId, UUID planId) {
        PlanSummary target;
        try {
            target = plans.lockForUse(planId);
        } catch (NoSuchElementException unknown) {
            throw new TeamRejected(TeamField.PLAN, "This plan does not exist");
        }
        TeamState team = access.lockAsAdmin(callerId);
        PlanSummary before = team.plan();
        if (before.id().equals(planId)) {
            return;
        }
        List<String> toChange = messages(TierFit.misfits(target, holdings(team)));
        if (!toChange.isEmpty()) {
            throw new TeamRejected(toChange.stream()
                    .map(message -> new TeamFieldError(TeamField.PLAN, message))
                    .toList());
        }
        team.team().changePlan(planId);
        Instant at = changes.planChanged(callerId, team.id(), before, target);
        events.publishEvent(
                new TeamPlanChanged(team.id(), callerId, before.id(), before.name(), target.id(), target.name(), at));
        log.info("Moved team {} from plan {} to {}", team.team().getSlug(), before.name(), target.name());
    }

    private List<Holding> holdings(TeamState team) {
        return team.memberships().stream()
                .map(member -> new Holding(
                        accounts.usernameOf(member.getUserId()).orElse("?"),
                        member.allocation(),
                        apps.appsOf(member.getUserId()),
                        volumes.volumesOf(member.getUserId())))
                .toList();
    }

    private static List<String> messages(List<Misfit> misfits) {
        return misfits.stream().map(Misfit::message).toList();
    }
}
