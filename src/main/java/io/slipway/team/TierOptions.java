package io.slipway.team;

import io.slipway.plan.PlanSummary;
import java.util.List;

/** The team's plan and every plan it could change to, cheapest first. */
public record TierOptions(PlanSummary current, List<TierOption> plans) {}
