package io.slipway.plan;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds plans, and seeds the configured ones on start when no plan with their key exists yet. Platform admins
 * change plans through {@link PlanAdmin}.
 */
@Service
@Order(0)
public class Plans implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Plans.class);

    private final PlanRepository repository;
    private final PlanRevisionRepository revisions;
    private final PlanSeedProperties seed;
    private final VolumeTypeProperties volumeTypes;
    private final Clock clock = Clock.systemUTC();

    Plans(
            PlanRepository repository,
            PlanRevisionRepository revisions,
            PlanSeedProperties seed,
            VolumeTypeProperties volumeTypes) {
        this.repository = repository;
        this.revisions = revisions;
        this.seed = seed;
        this.volumeTypes = volumeTypes;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        seed.plans().forEach((key, plan) -> {
            String normalized = key.toLowerCase(Locale.ROOT);
            if (repository.findByKeyIgnoreCase(normalized).isEmpty()) {
                List<String> types = plan.volumeTypes() != null
                        ? plan.volumeTypes()
                        : plan.storageGib() > 0 ? volumeTypes.names() : List.of();
                Plan saved = repository.save(
                        new Plan(normalized, displayName(key), plan.pool(), types, plan.monthlyPrice()));
                revisions.save(new RecordedPlanRevision(saved.summary(), null, clock.instant()));
                log.info("Seeded plan {}", saved.summary().name());
            }
        });
    }

    /** The plan with this key (case-insensitive), such as {@code free}; the key stays when the plan is renamed. */
    @Transactional(readOnly = true)
    public PlanSummary byKey(String key) {
        return repository
                .findByKeyIgnoreCase(key)
                .map(Plan::summary)
                .orElseThrow(() -> new NoSuchElementException("No plan " + key));
    }

    @Transactional(readOnly = true)
    public PlanSummary byId(UUID id) {
        return repository
                .findById(id)
                .map(Plan::summary)
                .orElseThrow(() -> new NoSuchElementException("No plan " + id));
    }

    /** Every plan, cheapest first. */
    @Transactional(readOnly = true)
    public List<PlanSummary> all() {
        return repository.findAll().stream()
                .map(Plan::summary)
                .sorted(PlanSummary.ORDER)
                .toList();
    }

    /**
     * Locks the plan against edits until the caller's transaction ends, and reads it: for putting a team on it,
     * so that the pool the team was checked against is the pool it gets. Plan before team, always.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PlanSummary lockForUse(UUID id) {
        return repository
                .lockForUse(id)
                .map(Plan::summary)
                .orElseThrow(() -> new NoSuchElementException("No plan " + id));
    }

    /** Every definition the plan had, oldest first. */
    @Transactional(readOnly = true)
    public List<PlanRevision> revisions(UUID planId) {
        return revisions.findByPlanIdOrderBySeq(planId).stream()
                .map(RecordedPlanRevision::toRevision)
                .toList();
    }

    /** The names of the configured volume types a plan may offer. */
    public List<String> volumeTypes() {
        return volumeTypes.names();
    }

    /** The StorageClass that volumes of this type are made of; empty for a type no longer configured. */
    public Optional<String> storageClassOf(String volumeType) {
        return Optional.ofNullable(volumeTypes.volumeTypes().get(volumeType));
    }

    private static String displayName(String key) {
        return key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1);
    }
}
