package io.slipway.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.slipway.billing.StatementCalculator.AllocationEvent;
import io.slipway.billing.StatementCalculator.PlanEvent;
import io.slipway.plan.Allocation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The proration and usage arithmetic, on months whose figures can be checked by hand. */
class StatementCalculatorTest {

    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private static final UUID ALICE = UUID.randomUUID();
    private static final UUID BOB = UUID.randomUUID();

    /** 62 per month over December's 31 days: exactly 2 per day. */
    private static final BigDecimal PREMIUM = new BigDecimal("62.00");

    @Test
    void proratesPlansByTheirDaysAndIntegratesAllocationsOverAMonthWithTwoTierChangesAndThreeAllocationChanges() {
        List<PlanEvent> plans = List.of(
                new PlanEvent(at("2026-11-20T08:00:00Z"), "Free", BigDecimal.ZERO),
                new PlanEvent(at("2026-12-10T00:00:00Z"), "Premium", PREMIUM),
                new PlanEvent(at("2026-12-20T12:00:00Z"), "Free", BigDecimal.ZERO));
        List<AllocationEvent> allocations = List.of(
                new AllocationEvent(at("2026-11-20T08:00:00Z"), ALICE, "alice", new Allocation(1000, 2048, 0)),
                new AllocationEvent(at("2026-12-05T00:00:00Z"), ALICE, "alice", new Allocation(2000, 4096, 0)),
                new AllocationEvent(at("2026-12-15T00:00:00Z"), BOB, "bob", new Allocation(500, 1024, 10)),
                new AllocationEvent(at("2026-12-25T00:00:00Z"), BOB, "bob", Allocation.NONE));

        Statement statement = StatementCalculator.compute("Acme", DECEMBER, plans, allocations);

        assertThat(statement.lines())
                .extracting(
                        StatementLine::item,
                        StatementLine::description,
                        StatementLine::member,
                        l -> l.quantity().toPlainString(),
                        l -> l.amount() == null ? null : l.amount().toPlainString())
                .containsExactly(
                        // 1–10 December: 9 days of Free
                        tuple(StatementItem.PLAN, "Free plan at 0.00 per month", null, "9.00", "0.00"),
                        // 10 December 00:00 to 20 December 12:00: 10.5 days at 2 per day
                        tuple(StatementItem.PLAN, "Premium plan at 62.00 per month", null, "10.50", "21.00"),
                        // 20 December 12:00 to 1 January: 11.5 days of Free
                        tuple(StatementItem.PLAN, "Free plan at 0.00 per month", null, "11.50", "0.00"),
                        // 4 days × 24 h × 1 core + 27 days × 24 h × 2 cores
                        tuple(StatementItem.CPU, "Allocated CPU", "alice", "1392.00", null),
                        // 96 h × 2 GiB + 648 h × 4 GiB
                        tuple(StatementItem.MEMORY, "Allocated memory", "alice", "2784.00", null),
                        // 10 days × 24 h × 0.5 core
                        tuple(StatementItem.CPU, "Allocated CPU", "bob", "120.00", null),
                        tuple(StatementItem.MEMORY, "Allocated memory", "bob", "240.00", null),
                        tuple(StatementItem.STORAGE, "Allocated storage", "bob", "2400.00", null));
        assertThat(statement.total()).isEqualByComparingTo("21.00");
        assertThat(statement.from()).isEqualTo(at("2026-12-01T00:00:00Z"));
        assertThat(statement.to()).isEqualTo(at("2027-01-01T00:00:00Z"));
        assertThat(statement.lines().get(1).from()).isEqualTo(at("2026-12-10T00:00:00Z"));
        assertThat(statement.lines().get(1).to()).isEqualTo(at("2026-12-20T12:00:00Z"));
    }

    @Test
    void startsTheStatementWhenTheTeamWasCreated() {
        Instant created = at("2026-12-16T06:00:00Z");
        List<PlanEvent> plans = List.of(new PlanEvent(created, "Premium", PREMIUM));
        List<AllocationEvent> allocations =
                List.of(new AllocationEvent(created, ALICE, "alice", new Allocation(1000, 1024, 0)));

        Statement statement = StatementCalculator.compute("Acme", DECEMBER, plans, allocations);

        // 15 days and 18 hours: 15.75 days at 2 per day; 378 hours of 1 core and 1 GiB
        assertThat(statement.from()).isEqualTo(created);
        assertThat(statement.lines())
                .extracting(l -> l.quantity().toPlainString())
                .containsExactly("15.75", "378.00", "378.00");
        assertThat(statement.total()).isEqualByComparingTo("31.50");
    }

    @Test
    void roundsEachPlanLineToCentsAndTotalsTheRoundedLines() {
        List<PlanEvent> plans = List.of(
                new PlanEvent(at("2026-01-01T00:00:00Z"), "Premium", new BigDecimal("49.00")),
                new PlanEvent(at("2026-12-11T00:00:00Z"), "Free", BigDecimal.ZERO),
                new PlanEvent(at("2026-12-21T00:00:00Z"), "Premium", new BigDecimal("49.00")));

        Statement statement = StatementCalculator.compute("Acme", DECEMBER, plans, List.of());

        // 10 days: 49 × 10 / 31 = 15.806…; then 11 days: 49 × 11 / 31 = 17.387…
        assertThat(statement.lines())
                .extracting(l -> l.amount().toPlainString())
                .containsExactly("15.81", "0.00", "17.39");
        assertThat(statement.total()).isEqualByComparingTo("33.20");
    }

    @Test
    void ignoresWhatHappenedAfterTheMonthAndCountsWhatHeldBeforeIt() {
        List<PlanEvent> plans = List.of(
                new PlanEvent(at("2026-10-01T00:00:00Z"), "Premium", PREMIUM),
                new PlanEvent(at("2027-01-05T00:00:00Z"), "Free", BigDecimal.ZERO));
        List<AllocationEvent> allocations = List.of(
                new AllocationEvent(at("2026-10-01T00:00:00Z"), ALICE, "alice", new Allocation(1000, 1024, 0)),
                new AllocationEvent(at("2027-01-02T00:00:00Z"), ALICE, "alice", new Allocation(8000, 1024, 0)));

        Statement statement = StatementCalculator.compute("Acme", DECEMBER, plans, allocations);

        assertThat(statement.lines())
                .extracting(l -> l.quantity().toPlainString())
                .containsExactly("31.00", "744.00", "744.00");
        assertThat(statement.total()).isEqualByComparingTo("62.00");
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
