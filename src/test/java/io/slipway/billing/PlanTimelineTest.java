package io.slipway.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.billing.StatementCalculator.PlanEvent;
import io.slipway.plan.PlanRevision;
import io.slipway.plan.Pool;
import io.slipway.team.TeamPlanChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanTimelineTest {

    private static final UUID TEAM = UUID.randomUUID();
    private static final UUID FREE = UUID.randomUUID();
    private static final UUID PREMIUM = UUID.randomUUID();

    @Test
    void pricesEachStretchOnAPlanAtThePriceSavedForItThen() {
        List<TeamPlanChange> changes = List.of(
                change(1, "2026-11-20T00:00:00Z", null, PREMIUM, "Premium"),
                change(2, "2026-12-20T00:00:00Z", PREMIUM, FREE, "Free"));
        Map<UUID, List<PlanRevision>> revisions = Map.of(
                PREMIUM,
                        List.of(
                                revision(PREMIUM, "2026-01-01T00:00:00Z", "Premium", "49"),
                                revision(PREMIUM, "2026-12-15T00:00:00Z", "Premium", "59"),
                                revision(PREMIUM, "2026-12-25T00:00:00Z", "Premium Plus", "69")),
                FREE, List.of(revision(FREE, "2026-01-01T00:00:00Z", "Free", "0")));

        List<PlanEvent> events = PlanTimeline.of(changes, revisions::get);

        assertThat(events)
                .containsExactly(
                        new PlanEvent(Instant.parse("2026-11-20T00:00:00Z"), "Premium", new BigDecimal("49")),
                        new PlanEvent(Instant.parse("2026-12-15T00:00:00Z"), "Premium", new BigDecimal("59")),
                        new PlanEvent(Instant.parse("2026-12-20T00:00:00Z"), "Free", new BigDecimal("0")));
    }

    private static TeamPlanChange change(long seq, String at, UUID before, UUID after, String afterName) {
        return new TeamPlanChange(seq, TEAM, Instant.parse(at), null, "Slipway", before, null, after, afterName);
    }

    private static PlanRevision revision(UUID plan, String at, String name, String price) {
        return new PlanRevision(
                0, plan, Instant.parse(at), null, name, new Pool(1000, 1024, 0, 3), List.of(), new BigDecimal(price));
    }
}
