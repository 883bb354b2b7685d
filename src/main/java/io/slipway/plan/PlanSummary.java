package io.slipway.plan;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A plan as other modules see it. Only plans with storage offer persistent volumes, of the volume types listed.
 *
 * @param key stays the same when a platform admin renames the plan
 */
public record PlanSummary(
        UUID id, String key, String name, Pool pool, List<String> volumeTypes, BigDecimal monthlyPrice) {

    /** Cheaper plans first; among plans of one price, the smaller pool first. */
    public static final Comparator<PlanSummary> ORDER = Comparator.comparing(PlanSummary::monthlyPrice)
            .thenComparingInt(plan -> plan.pool().cpuMillis())
            .thenComparingInt(plan -> plan.pool().memoryMib())
            .thenComparingInt(plan -> plan.pool().storageGib())
            .thenComparingInt(plan -> plan.pool().maxApps())
            .thenComparing(PlanSummary::name);

    public PlanSummary {
        volumeTypes = List.copyOf(volumeTypes);
    }

    public boolean offersVolumes() {
        return pool.storageGib() > 0 && !volumeTypes.isEmpty();
    }
}
