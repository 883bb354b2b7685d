package io.slipway.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementCsvTest {

    @Test
    void writesAHeaderAndOneLinePerItemThatASpreadsheetReads() {
        Statement statement = new Statement(
                "Acme",
                YearMonth.of(2026, 12),
                Instant.parse("2026-12-01T00:00:00Z"),
                Instant.parse("2027-01-01T00:00:00Z"),
                List.of(
                        new StatementLine(
                                StatementItem.PLAN,
                                "Premium plan at 62.00 per month",
                                null,
                                Instant.parse("2026-12-10T00:00:00Z"),
                                Instant.parse("2026-12-20T12:00:00Z"),
                                new BigDecimal("10.50"),
                                new BigDecimal("21.00")),
                        new StatementLine(
                                StatementItem.CPU,
                                "Allocated CPU",
                                "alice",
                                Instant.parse("2026-12-01T00:00:00Z"),
                                Instant.parse("2027-01-01T00:00:00Z"),
                                new BigDecimal("1392.00"),
                                null)));

        assertThat(StatementCsv.of(statement).split("\r\n"))
                .containsExactly(
                        "Item,Description,Member,From (UTC),To (UTC),Quantity,Unit,Amount",
                        "Plan,Premium plan at 62.00 per month,,2026-12-10 00:00,2026-12-20 12:00,10.50,days,21.00",
                        "CPU,Allocated CPU,alice,2026-12-01 00:00,2027-01-01 00:00,1392.00,core-hours,");
        assertThat(StatementCsv.fileName(statement, "acme")).isEqualTo("slipway-acme-2026-12.csv");
    }

    @Test
    void quotesCommasAndDefusesWhatASpreadsheetWouldRunAsAFormula() {
        Statement statement = new Statement(
                "Acme",
                YearMonth.of(2026, 12),
                Instant.parse("2026-12-01T00:00:00Z"),
                Instant.parse("2027-01-01T00:00:00Z"),
                List.of(new StatementLine(
                        StatementItem.PLAN,
                        "=HYPERLINK(\"x\"), big plan at 1.00 per month",
                        null,
                        Instant.parse("2026-12-01T00:00:00Z"),
                        Instant.parse("2027-01-01T00:00:00Z"),
                        new BigDecimal("31.00"),
                        new BigDecimal("1.00"))));

        assertThat(StatementCsv.of(statement).split("\r\n")[1])
                .startsWith("Plan,\"'=HYPERLINK(\"\"x\"\"), big plan at 1.00 per month\",,");
    }
}
