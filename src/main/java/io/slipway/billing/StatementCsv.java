package io.slipway.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A statement as CSV (RFC 4180): a header, then one line per statement line. Times in UTC as spreadsheets read
 * them, decimals with a dot; fields that a spreadsheet would take for a formula are prefixed with an apostrophe.
 */
final class StatementCsv {

    static final String HEADER = "Item,Description,Member,From (UTC),To (UTC),Quantity,Unit,Amount";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private StatementCsv() {}

    static String of(Statement statement) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (StatementLine line : statement.lines()) {
            csv.append(row(
                            line.item().label(),
                            line.description(),
                            line.member() == null ? "" : line.member(),
                            time(line.from()),
                            time(line.to()),
                            line.quantity().toPlainString(),
                            line.unit(),
                            line.amount() == null ? "" : line.amount().toPlainString()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** The file name a browser saves it under: {@code slipway-acme-2026-12.csv}. */
    static String fileName(Statement statement, String slug) {
        return "slipway-" + slug + "-" + statement.month() + ".csv";
    }

    private static String row(String... fields) {
        return Stream.of(fields).map(StatementCsv::field).collect(Collectors.joining(","));
    }

    private static String field(String value) {
        String safe =
                !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !isNumber(value) ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }
}
