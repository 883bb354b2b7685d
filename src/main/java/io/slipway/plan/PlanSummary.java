package io.slipway.plan;

import java.math.BigDecimal;
import java.util.UUID;

/** A plan as other modules see it. Only plans with storage offer persistent volumes. */
public record PlanSummary(UUID id, String name, Pool pool, BigDecimal monthlyPrice) {

    public boolean offersVolumes() {
        return pool.storageGib() > 0;
    }
}
