package io.slipway.team;

import io.slipway.plan.PlanSummary;
import java.util.List;

/**
 * A plan as the Billing page offers it to a team admin.
 *
 * @param upgrade whether it costs more (or, at the same price, gives more) than the team's plan
 * @param toChangeFirst what the team must change before it fits this plan; empty when it fits
 */
public record TierOption(PlanSummary plan, boolean current, boolean upgrade, List<String> toChangeFirst) {

    public boolean fits() {
        return toChangeFirst.isEmpty();
    }
}
