package io.slipway.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A plan's definition from {@code at} until its next revision: statements price each day at that day's price.
 *
 * @param actorId the platform admin who saved it; null when it was seeded from configuration
 */
public record PlanRevision(
        long sequence,
        UUID planId,
        Instant at,
        UUID actorId,
        String name,
        Pool pool,
        List<String> volumeTypes,
        BigDecimal monthlyPrice) {}
