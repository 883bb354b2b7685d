package io.slipway.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "plan")
class Plan {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(name = "cpu_millis", nullable = false)
    private int cpuMillis;

    @Column(name = "memory_mib", nullable = false)
    private int memoryMib;

    @Column(name = "storage_gib", nullable = false)
    private int storageGib;

    @Column(name = "max_apps", nullable = false)
    private int maxApps;

    @Column(name = "monthly_price", nullable = false)
    private BigDecimal monthlyPrice;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Plan() {}

    Plan(String name, Pool pool, BigDecimal monthlyPrice) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.cpuMillis = pool.cpuMillis();
        this.memoryMib = pool.memoryMib();
        this.storageGib = pool.storageGib();
        this.maxApps = pool.maxApps();
        this.monthlyPrice = monthlyPrice;
        this.createdAt = Instant.now();
    }

    PlanSummary summary() {
        return new PlanSummary(id, name, new Pool(cpuMillis, memoryMib, storageGib, maxApps), monthlyPrice);
    }

    String getName() {
        return name;
    }
}
