package io.slipway.billing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of a statement.
 *
 * @param member the member a usage line is for; null on plan lines
 * @param from where the line's time starts, inclusive
 * @param to where it ends, exclusive
 * @param quantity days on the plan, or core-hours and GiB-hours, to two decimals
 * @param amount what the line costs, to two decimals; null on usage lines, which have no price
 */
public record StatementLine(
        StatementItem item,
        String description,
        String member,
        Instant from,
        Instant to,
        BigDecimal quantity,
        BigDecimal amount) {

    public String unit() {
        return item.unit();
    }
}
