package io.slipway.plan.ui;

import io.slipway.plan.PlanSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Prices and volume types as the plan pages write them. */
final class PlanFigures {

    private PlanFigures() {}

    static String price(BigDecimal monthly) {
        return monthly.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String volumeTypes(PlanSummary plan) {
        return plan.offersVolumes() ? String.join(", ", plan.volumeTypes()) : "none";
    }
}
