package io.slipway.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "plan")
class Plan {

    @Id
    private UUID id;

    /** Stays when the plan is renamed; seeding and sign-up find plans by it. */
    @Column(name = "plan_key", nullable = false, unique = true, updatable = false)
    private String key;

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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_volume_type", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "volume_type", nullable = false)
    private Set<String> volumeTypes = new HashSet<>();

    @Column(name = "monthly_price", nullable = false)
    private BigDecimal monthlyPrice;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Plan() {}

    Plan(String key, String name, Pool pool, Collection<String> volumeTypes, BigDecimal monthlyPrice) {
        this.id = UUID.randomUUID();
        this.key = key;
        this.createdAt = Instant.now();
        change(name, pool, volumeTypes, monthlyPrice);
    }

    void change(String name, Pool pool, Collection<String> volumeTypes, BigDecimal monthlyPrice) {
        this.name = name;
        this.cpuMillis = pool.cpuMillis();
        this.memoryMib = pool.memoryMib();
        this.storageGib = pool.storageGib();
        this.maxApps = pool.maxApps();
        this.volumeTypes.clear();
        this.volumeTypes.addAll(volumeTypes);
        this.monthlyPrice = monthlyPrice;
    }

    PlanSummary summary() {
        return new PlanSummary(
                id,
                key,
                name,
                new Pool(cpuMillis, memoryMib, storageGib, maxApps),
                volumeTypes.stream().sorted().toList(),
                monthlyPrice);
    }

    UUID getId() {
        return id;
    }
}
