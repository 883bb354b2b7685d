package io.slipway.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A row of the append-only record of plan definitions: one per seed and per edit. Never updated, never deleted. */
@Entity
@Immutable
@Table(name = "plan_revision")
class RecordedPlanRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long seq;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;

    @Column(name = "actor_id", updatable = false)
    private UUID actorId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "cpu_millis", nullable = false, updatable = false)
    private int cpuMillis;

    @Column(name = "memory_mib", nullable = false, updatable = false)
    private int memoryMib;

    @Column(name = "storage_gib", nullable = false, updatable = false)
    private int storageGib;

    @Column(name = "max_apps", nullable = false, updatable = false)
    private int maxApps;

    /** Comma-separated; volume type names contain no commas (they are configuration keys). */
    @Column(name = "volume_types", nullable = false, updatable = false)
    private String volumeTypes;

    @Column(name = "monthly_price", nullable = false, updatable = false)
    private BigDecimal monthlyPrice;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected RecordedPlanRevision() {}

    RecordedPlanRevision(PlanSummary plan, UUID actorId, Instant changedAt) {
        this.planId = plan.id();
        this.actorId = actorId;
        this.name = plan.name();
        this.cpuMillis = plan.pool().cpuMillis();
        this.memoryMib = plan.pool().memoryMib();
        this.storageGib = plan.pool().storageGib();
        this.maxApps = plan.pool().maxApps();
        this.volumeTypes = String.join(",", plan.volumeTypes());
        this.monthlyPrice = plan.monthlyPrice();
        this.changedAt = changedAt;
    }

    PlanRevision toRevision() {
        return new PlanRevision(
                seq,
                planId,
                changedAt,
                actorId,
                name,
                new Pool(cpuMillis, memoryMib, storageGib, maxApps),
                volumeTypes.isEmpty() ? List.of() : Arrays.asList(volumeTypes.split(",")),
                monthlyPrice);
    }
}
