package io.slipway.plan;

import io.slipway.security.Accounts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Platform admins add and change plans. Every method checks the caller itself; every saved state is recorded as a
 * {@link PlanRevision}. A change that would leave a team on the plan over its pool is refused, naming the teams.
 */
@Service
public class PlanAdmin {

    private static final Logger log = LoggerFactory.getLogger(PlanAdmin.class);
    static final String PLATFORM_ADMINS_ONLY = "Only a platform admin can change plans";

    private final PlanRepository plans;
    private final PlanRevisionRepository revisions;
    private final Plans planQueries;
    private final TeamsOnPlan teams;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    PlanAdmin(
            PlanRepository plans,
            PlanRevisionRepository revisions,
            Plans planQueries,
            TeamsOnPlan teams,
            Accounts accounts,
            ApplicationEventPublisher events) {
        this.plans = plans;
        this.revisions = revisions;
        this.planQueries = planQueries;
        this.teams = teams;
        this.accounts = accounts;
        this.events = events;
    }

    /** Every plan with the number of teams on it, for the plan admin page. */
    @Transactional(readOnly = true)
    public List<PlanUse> plans(UUID callerId) {
        requirePlatformAdmin(callerId);
        Map<UUID, Long> counts = teams.countByPlan();
        return planQueries.all().stream()
                .map(plan -> new PlanUse(plan, counts.getOrDefault(plan.id(), 0L)))
                .toList();
    }

    /**
     * Adds a plan; teams can move to it at once.
     *
     * @throws PlanRejected with a message per field; nothing is saved then
     */
    @Transactional
    public PlanSummary create(UUID callerId, PlanRequest request) {
        requirePlatformAdmin(callerId);
        List<PlanFieldError> errors = new ArrayList<>(PlanInput.validate(request, planQueries.volumeTypes()));
        errors.addAll(nameTaken(request.getName(), null));
        if (!errors.isEmpty()) {
            throw new PlanRejected(errors);
        }
        Plan plan = plans.save(new Plan(
                uniqueKey(request.getName()),
                request.getName().strip(),
                PlanInput.pool(request),
                request.getVolumeTypes(),
                PlanInput.price(request)));
        revisions.save(new RecordedPlanRevision(plan.summary(), callerId, clock.instant()));
        log.info("Created plan {}", plan.summary().name());
        return plan.summary();
    }

    /**
     * Changes a plan. The plan and every team on it stay locked until commit, so no team moves onto the plan, and
     * no allocation grows, between the check and the change. The teams' quotas follow through {@link PlanEdited}.
     *
     * @throws PlanRejected with a message per field: bad input, a name in use, or teams that would not fit
     */
    @Transactional
    public PlanSummary update(UUID callerId, UUID planId, PlanRequest request) {
        requirePlatformAdmin(callerId);
        List<PlanFieldError> errors = new ArrayList<>(PlanInput.validate(request, planQueries.volumeTypes()));
        if (!errors.isEmpty()) {
            throw new PlanRejected(errors);
        }
        Plan plan = plans.lockForEdit(planId)
                .orElseThrow(() -> new PlanRejected(List.of(new PlanFieldError(PlanField.FORM, "No such plan"))));
        PlanSummary before = plan.summary();
        PlanSummary proposed = new PlanSummary(
                planId,
                before.key(),
                request.getName().strip(),
                PlanInput.pool(request),
                List.copyOf(request.getVolumeTypes()),
                PlanInput.price(request));
        errors.addAll(nameTaken(proposed.name(), planId));
        if (shrinks(before, proposed)) {
            errors.addAll(teams.lockAndCheck(planId, proposed));
        }
        if (!errors.isEmpty()) {
            throw new PlanRejected(errors);
        }
        if (sameDefinition(before, proposed)) {
            return before;
        }
        plan.change(proposed.name(), proposed.pool(), proposed.volumeTypes(), proposed.monthlyPrice());
        revisions.save(new RecordedPlanRevision(plan.summary(), callerId, clock.instant()));
        events.publishEvent(new PlanEdited(planId, callerId));
        log.info("Changed plan {} from {} to {}", before.key(), before, plan.summary());
        return plan.summary();
    }

    private void requirePlatformAdmin(UUID callerId) {
        if (callerId == null || !accounts.isPlatformAdmin(callerId)) {
            throw new AccessDeniedException(PLATFORM_ADMINS_ONLY);
        }
    }

    private List<PlanFieldError> nameTaken(String name, UUID planId) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        return plans.findByNameIgnoreCase(name.strip())
                .filter(other -> !other.getId().equals(planId))
                .map(other -> List.of(new PlanFieldError(PlanField.NAME, "Another plan has this name")))
                .orElse(List.of());
    }

    private String uniqueKey(String name) {
        String base = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        base = base.replaceAll("^-+|-+$", "");
        base = base.isEmpty() ? "plan" : base.substring(0, Math.min(30, base.length()));
        String key = base;
        for (int n = 2; plans.existsByKey(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }

    /** Whether a team that fits {@code before} might not fit {@code after}; only then are its teams checked. */
    private static boolean shrinks(PlanSummary before, PlanSummary after) {
        Pool was = before.pool();
        Pool is = after.pool();
        return is.cpuMillis() < was.cpuMillis()
                || is.memoryMib() < was.memoryMib()
                || is.storageGib() < was.storageGib()
                || is.maxApps() < was.maxApps()
                || (before.offersVolumes() && !after.offersVolumes());
    }

    private static boolean sameDefinition(PlanSummary a, PlanSummary b) {
        return a.name().equals(b.name())
                && a.pool().equals(b.pool())
                && a.volumeTypes().stream()
                        .sorted()
                        .toList()
                        .equals(b.volumeTypes().stream().sorted().toList())
                && a.monthlyPrice().compareTo(b.monthlyPrice()) == 0;
    }
}
