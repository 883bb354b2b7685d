package io.slipway.billing.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts as the Billing page writes them: two decimals, no currency (plans carry none). */
final class Money {

    private Money() {}

    static String of(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
