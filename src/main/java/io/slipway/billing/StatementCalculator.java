package io.slipway.billing;

import io.slipway.plan.Allocation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The arithmetic of a statement, from what was recorded and nothing else: no sampling, no clock. Each plan's
 * monthly price is prorated by the time on it (to the millisecond, shown in days); usage is each member's
 * allocation integrated over time. Months are calendar months in UTC.
 */
final class StatementCalculator {

    private static final BigDecimal MILLIS_PER_DAY =
            BigDecimal.valueOf(Duration.ofDays(1).toMillis());
    private static final long MILLIS_PER_HOUR = Duration.ofHours(1).toMillis();

    /** From {@code at} on, the team is on {@code plan} at {@code monthlyPrice}. */
    record PlanEvent(Instant at, String plan, BigDecimal monthlyPrice) {}

    /** From {@code at} on, a member holds {@code allocation}; {@link Allocation#NONE} once they left. */
    record AllocationEvent(Instant at, UUID memberId, String member, Allocation allocation) {}

    private StatementCalculator() {}

    /**
     * The statement of {@code month}. Events may start before the month (they set where it starts) and must be in
     * the order they happened; events from the month's end on are ignored.
     */
    static Statement compute(
            String team, YearMonth month, List<PlanEvent> planEvents, List<AllocationEvent> allocationEvents) {
        Instant start = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<StatementLine> planLines = planLines(start, end, planEvents);
        Instant from = planLines.isEmpty() ? start : planLines.getFirst().from();
        List<StatementLine> lines = new ArrayList<>(planLines);
        lines.addAll(usageLines(start, end, from, allocationEvents));
        return new Statement(team, month, from, end, lines);
    }

    private static List<StatementLine> planLines(Instant start, Instant end, List<PlanEvent> events) {
        long monthMillis = Duration.between(start, end).toMillis();
        List<StatementLine> lines = new ArrayList<>();
        PlanEvent current = null;
        Instant cursor = start;
        for (PlanEvent event : sorted(events, PlanEvent::at)) {
            if (!event.at().isAfter(start)) {
                current = event;
                continue;
            }
            if (!event.at().isBefore(end)) {
                break;
            }
            addPlanLine(lines, current, cursor, event.at(), monthMillis);
            current = event;
            cursor = event.at();
        }
        addPlanLine(lines, current, cursor, end, monthMillis);
        return lines;
    }

    private static void addPlanLine(
            List<StatementLine> lines, PlanEvent plan, Instant from, Instant to, long monthMillis) {
        if (plan == null || !from.isBefore(to)) {
            return;
        }
        if (!lines.isEmpty()) {
            StatementLine last = lines.getLast();
            if (last.description().equals(describe(plan)) && last.to().equals(from)) {
                // The same plan at the same price, e.g. after an edit of its volume types only
                lines.set(lines.size() - 1, planLine(plan, last.from(), to, monthMillis));
                return;
            }
        }
        lines.add(planLine(plan, from, to, monthMillis));
    }

    private static StatementLine planLine(PlanEvent plan, Instant from, Instant to, long monthMillis) {
        long millis = Duration.between(from, to).toMillis();
        BigDecimal days = BigDecimal.valueOf(millis).divide(MILLIS_PER_DAY, 2, RoundingMode.HALF_UP);
        BigDecimal amount = plan.monthlyPrice()
                .multiply(BigDecimal.valueOf(millis))
                .divide(BigDecimal.valueOf(monthMillis), 2, RoundingMode.HALF_UP);
        return new StatementLine(StatementItem.PLAN, describe(plan), null, from, to, days, amount);
    }

    private static String describe(PlanEvent plan) {
        return plan.plan() + " plan at "
                + plan.monthlyPrice().setScale(2, RoundingMode.HALF_UP).toPlainString() + " per month";
    }

    private static List<StatementLine> usageLines(
            Instant start, Instant end, Instant from, List<AllocationEvent> events) {
        Map<UUID, Usage> usage = new LinkedHashMap<>();
        Instant cursor = start;
        for (AllocationEvent event : sorted(events, AllocationEvent::at)) {
            if (!event.at().isBefore(end)) {
                break;
            }
            if (event.at().isAfter(start)) {
                accrue(usage, cursor, event.at());
                cursor = event.at();
            }
            usage.computeIfAbsent(event.memberId(), id -> new Usage()).hold(event.member(), event.allocation());
        }
        accrue(usage, cursor, end);
        return usage.values().stream()
                .sorted(Comparator.comparing(u -> u.member))
                .flatMap(u -> u.lines(from, end).stream())
                .toList();
    }

    private static void accrue(Map<UUID, Usage> usage, Instant from, Instant to) {
        long millis = Duration.between(from, to).toMillis();
        usage.values().forEach(u -> u.accrue(millis));
    }

    private static <T> List<T> sorted(List<T> events, java.util.function.Function<T, Instant> at) {
        List<T> copy = new ArrayList<>(events);
        copy.sort(Comparator.comparing(at)); // stable: events of one instant keep their recorded order
        return copy;
    }

    /** One member's allocation integrated over time, in unit-milliseconds. */
    private static final class Usage {

        private String member;
        private Allocation held = Allocation.NONE;
        private long cpuMilliMillis;
        private long memoryMibMillis;
        private long storageGibMillis;

        void hold(String member, Allocation allocation) {
            this.member = member;
            this.held = allocation;
        }

        void accrue(long millis) {
            cpuMilliMillis += (long) held.cpuMillis() * millis;
            memoryMibMillis += (long) held.memoryMib() * millis;
            storageGibMillis += (long) held.storageGib() * millis;
        }

        List<StatementLine> lines(Instant from, Instant to) {
            List<StatementLine> lines = new ArrayList<>();
            add(lines, StatementItem.CPU, "Allocated CPU", cpuMilliMillis, 1000L * MILLIS_PER_HOUR, from, to);
            add(lines, StatementItem.MEMORY, "Allocated memory", memoryMibMillis, 1024L * MILLIS_PER_HOUR, from, to);
            add(lines, StatementItem.STORAGE, "Allocated storage", storageGibMillis, MILLIS_PER_HOUR, from, to);
            return lines;
        }

        private void add(
                List<StatementLine> lines,
                StatementItem item,
                String description,
                long unitMillis,
                long perUnitHour,
                Instant from,
                Instant to) {
            if (unitMillis == 0) {
                return;
            }
            BigDecimal hours =
                    BigDecimal.valueOf(unitMillis).divide(BigDecimal.valueOf(perUnitHour), 2, RoundingMode.HALF_UP);
            lines.add(new StatementLine(item, description, member, from, to, hours, null));
        }
    }
}
