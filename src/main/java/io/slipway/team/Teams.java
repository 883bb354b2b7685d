package io.slipway.team;

import io.slipway.plan.Allocation;
import io.slipway.plan.PlanSummary;
import io.slipway.plan.Plans;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams and their members as other modules read them. Changes by team admins go through {@link TeamMembers} and
 * {@link Allocations}, which check the caller.
 */
@Service
public class Teams {

    private static final Logger log = LoggerFactory.getLogger(Teams.class);

    private final TeamRepository teams;
    private final MembershipRepository memberships;
    private final Plans plans;
    private final ChangeRecorder changes;
    private final ApplicationEventPublisher events;

    Teams(
            TeamRepository teams,
            MembershipRepository memberships,
            Plans plans,
            ChangeRecorder changes,
            ApplicationEventPublisher events) {
        this.teams = teams;
        this.memberships = memberships;
        this.plans = plans;
        this.changes = changes;
        this.events = events;
    }

    /**
     * Creates a team on a plan; the creator becomes its admin with the whole pool as their allocation. The plan
     * stays locked against edits until commit, so the team gets the pool it was given.
     *
     * @param planKey the plan's key, such as {@code free} (case-insensitive)
     */
    @Transactional
    public TeamSummary create(String name, String slug, String planKey, UUID creatorId) {
        if (!TeamSlug.isValid(slug)) {
            throw new IllegalArgumentException("A team slug is a lowercase DNS label of at most 22 characters");
        }
        if (teams.existsBySlug(slug)) {
            throw new IllegalArgumentException("The team name " + slug + " is taken");
        }
        if (memberships.existsByUserId(creatorId)) {
            throw new IllegalArgumentException("A user belongs to one team, and this one has a team already");
        }
        PlanSummary plan = plans.lockForUse(plans.byKey(planKey).id());
        Team team = teams.save(new Team(name, slug, plan.id()));
        changes.planStarted(creatorId, team.getId(), plan);
        Allocation whole = new Allocation(
                plan.pool().cpuMillis(), plan.pool().memoryMib(), plan.pool().storageGib());
        Membership creator = memberships.save(new Membership(team.getId(), creatorId, TeamRole.ADMIN, whole));
        changes.added(creatorId, creator);
        events.publishEvent(new TeamCreated(team.getId()));
        log.info("Created team {} on plan {}", slug, plan.name());
        return summary(team);
    }

    @Transactional(readOnly = true)
    public Optional<Member> memberOf(UUID userId) {
        return memberships.findWithTeamByUserId(userId).map(found -> member(found.membership(), found.team()));
    }

    /**
     * Locks the team row, then the member's row, until the caller's transaction ends, so that concurrent
     * installs spend an allocation and the team's app count one at a time. Always in this order: no deadlocks.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Member> lockMember(UUID userId) {
        // The team id as a scalar: a membership read before the lock would sit stale in the persistence context
        // when an allocation change commits meanwhile, and the locked read would then fail on its version
        Optional<UUID> teamId = memberships.findTeamIdByUserId(userId);
        if (teamId.isEmpty()) {
            return Optional.empty();
        }
        teams.lockById(teamId.get()).orElseThrow();
        return memberships.lockByUserId(userId).map(this::member);
    }

    @Transactional(readOnly = true)
    public TeamSummary team(UUID teamId) {
        return teams.findById(teamId).map(Teams::summary).orElseThrow(() -> new NoSuchElementException("No team"));
    }

    /** The team with this slug, deleted or not: a deleted team's slug stays taken. */
    @Transactional(readOnly = true)
    public Optional<TeamSummary> bySlug(String slug) {
        return teams.findBySlug(slug).map(Teams::summary);
    }

    /** The team with this slug, unless it was deleted. */
    @Transactional(readOnly = true)
    public Optional<TeamSummary> activeBySlug(String slug) {
        return teams.findBySlug(slug).filter(team -> !team.isDeleted()).map(Teams::summary);
    }

    /** The team, unless it was deleted. */
    @Transactional(readOnly = true)
    public Optional<TeamSummary> active(UUID teamId) {
        return teams.findById(teamId).filter(team -> !team.isDeleted()).map(Teams::summary);
    }

    /** Every team that was not deleted. */
    @Transactional(readOnly = true)
    public List<TeamSummary> all() {
        return teams.findByDeletedAtIsNull().stream().map(Teams::summary).toList();
    }

    /** Every team that was deleted: the deployer makes sure their namespaces are gone. */
    @Transactional(readOnly = true)
    public List<TeamSummary> deleted() {
        return teams.findByDeletedAtIsNotNull().stream().map(Teams::summary).toList();
    }

    /** The teams on a plan now. */
    @Transactional(readOnly = true)
    public List<TeamSummary> onPlan(UUID planId) {
        return teams.findByPlanIdAndDeletedAtIsNull(planId).stream()
                .map(Teams::summary)
                .toList();
    }

    private Member member(Membership membership) {
        return member(membership, teams.findById(membership.getTeamId()).orElseThrow());
    }

    private static Member member(Membership membership, Team team) {
        return new Member(membership.getUserId(), summary(team), membership.getRole(), membership.allocation());
    }

    private static TeamSummary summary(Team team) {
        return new TeamSummary(team.getId(), team.getName(), team.getSlug(), team.getPlanId());
    }
}
