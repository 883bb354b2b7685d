package io.slipway.team;

import io.slipway.plan.Allocation;
import io.slipway.plan.PlanSummary;
import io.slipway.plan.Plans;
import io.slipway.plan.Pool;
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

/** Teams and their members. */
@Service
public class Teams {

    private static final Logger log = LoggerFactory.getLogger(Teams.class);

    private final TeamRepository teams;
    private final MembershipRepository memberships;
    private final Plans plans;
    private final ApplicationEventPublisher events;

    Teams(TeamRepository teams, MembershipRepository memberships, Plans plans, ApplicationEventPublisher events) {
        this.teams = teams;
        this.memberships = memberships;
        this.plans = plans;
        this.events = events;
    }

    /** Creates a team on a plan; the creator becomes its admin with the whole pool as their allocation. */
    @Transactional
    public TeamSummary create(String name, String slug, String planName, UUID creatorId) {
        if (!TeamSlug.isValid(slug)) {
            throw new IllegalArgumentException("A team slug is a lowercase DNS label of at most 22 characters");
        }
        if (teams.existsBySlug(slug)) {
            throw new IllegalArgumentException("The team name " + slug + " is taken");
        }
        PlanSummary plan = plans.byName(planName);
        Team team = teams.save(new Team(name, slug, plan.id()));
        Allocation whole = new Allocation(
                plan.pool().cpuMillis(), plan.pool().memoryMib(), plan.pool().storageGib());
        memberships.save(new Membership(team.getId(), creatorId, TeamRole.ADMIN, whole));
        events.publishEvent(new TeamCreated(team.getId()));
        log.info("Created team {} on plan {}", slug, plan.name());
        return summary(team);
    }

    /** Adds a user to a team with an allocation that must fit the rest of the pool. */
    @Transactional
    public void addMember(UUID teamId, UUID userId, TeamRole role, Allocation allocation) {
        memberships.saveAndFlush(new Membership(teamId, userId, role, Allocation.NONE));
        allocate(userId, allocation);
    }

    /**
     * Sets a member's allocation, refused when the team's allocations would add up to more than its pool.
     * The team row is locked so that two concurrent changes cannot both pass the check.
     */
    @Transactional
    public void allocate(UUID userId, Allocation allocation) {
        Membership membership = memberships
                .findByUserId(userId)
                .orElseThrow(() -> new NoSuchElementException("Not a member of any team"));
        Team team = teams.lockById(membership.getTeamId()).orElseThrow();
        Pool pool = plans.byId(team.getPlanId()).pool();
        List<Membership> others = memberships.findByTeamId(team.getId()).stream()
                .filter(other -> !other.getUserId().equals(userId))
                .toList();
        int cpu = allocation.cpuMillis()
                + others.stream().mapToInt(m -> m.allocation().cpuMillis()).sum();
        int memory = allocation.memoryMib()
                + others.stream().mapToInt(m -> m.allocation().memoryMib()).sum();
        int storage = allocation.storageGib()
                + others.stream().mapToInt(m -> m.allocation().storageGib()).sum();
        if (cpu > pool.cpuMillis() || memory > pool.memoryMib() || storage > pool.storageGib()) {
            throw new IllegalArgumentException("The team's allocations would exceed its pool");
        }
        membership.allocate(allocation);
    }

    @Transactional(readOnly = true)
    public Optional<Member> memberOf(UUID userId) {
        return memberships.findByUserId(userId).map(this::member);
    }

    /**
     * Locks the team row, then the member's row, until the caller's transaction ends, so that concurrent
     * installs spend an allocation and the team's app count one at a time. Always in this order: no deadlocks.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Member> lockMember(UUID userId) {
        Optional<Membership> unlocked = memberships.findByUserId(userId);
        if (unlocked.isEmpty()) {
            return Optional.empty();
        }
        teams.lockById(unlocked.get().getTeamId()).orElseThrow();
        return memberships.lockByUserId(userId).map(this::member);
    }

    @Transactional(readOnly = true)
    public TeamSummary team(UUID teamId) {
        return teams.findById(teamId).map(Teams::summary).orElseThrow(() -> new NoSuchElementException("No team"));
    }

    @Transactional(readOnly = true)
    public Optional<TeamSummary> bySlug(String slug) {
        return teams.findBySlug(slug).map(Teams::summary);
    }

    @Transactional(readOnly = true)
    public List<TeamSummary> all() {
        return teams.findAll().stream().map(Teams::summary).toList();
    }

    private Member member(Membership membership) {
        Team team = teams.findById(membership.getTeamId()).orElseThrow();
        return new Member(membership.getUserId(), summary(team), membership.getRole(), membership.allocation());
    }

    private static TeamSummary summary(Team team) {
        return new TeamSummary(team.getId(), team.getName(), team.getSlug(), team.getPlanId());
    }
}
