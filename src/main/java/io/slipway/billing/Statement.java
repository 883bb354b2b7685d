package io.slipway.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A team's statement for one calendar month (UTC): plan lines first, oldest first, then usage lines by member.
 * For the month in progress, the team's plan and allocations of the moment are counted until the month ends.
 */
public record Statement(String team, YearMonth month, Instant from, Instant to, List<StatementLine> lines) {

    public Statement {
        lines = List.copyOf(lines);
    }

    /** The sum of the lines' amounts: what the team owes for the month. */
    public BigDecimal total() {
        return lines.stream()
                .map(StatementLine::amount)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
