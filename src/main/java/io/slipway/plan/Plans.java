package io.slipway.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds plans, and seeds the configured ones on start when they do not exist yet. */
@Service
@Order(0)
public class Plans implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Plans.class);

    private final PlanRepository repository;
    private final PlanSeedProperties seed;

    Plans(PlanRepository repository, PlanSeedProperties seed) {
        this.repository = repository;
        this.seed = seed;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        seed.plans().forEach((key, plan) -> {
            String name = displayName(key);
            if (repository.findByNameIgnoreCase(name).isEmpty()) {
                repository.save(new Plan(name, plan.pool(), plan.monthlyPrice()));
                log.info("Seeded plan {}", name);
            }
        });
    }

    @Transactional(readOnly = true)
    public PlanSummary byName(String name) {
        return repository
                .findByNameIgnoreCase(name)
                .map(Plan::summary)
                .orElseThrow(() -> new NoSuchElementException("No plan named " + name));
    }

    @Transactional(readOnly = true)
    public PlanSummary byId(UUID id) {
        return repository
                .findById(id)
                .map(Plan::summary)
                .orElseThrow(() -> new NoSuchElementException("No plan " + id));
    }

    @Transactional(readOnly = true)
    public List<PlanSummary> all() {
        return repository.findAll().stream()
                .map(Plan::summary)
                .sorted(Comparator.comparing(PlanSummary::monthlyPrice))
                .toList();
    }

    private static String displayName(String key) {
        return key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1);
    }
}
