package io.slipway.team;

import io.slipway.plan.Allocation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "membership")
class Membership {

    @Id
    private UUID id;

    @Column(name = "team_id", nullable = false)
    private UUID teamId;

    @Column(name = "user_id", nullable = false, unique = true)
    private UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TeamRole role;

    @Column(name = "cpu_millis", nullable = false)
    private int cpuMillis;

    @Column(name = "memory_mib", nullable = false)
    private int memoryMib;

    @Column(name = "storage_gib", nullable = false)
    private int storageGib;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Membership() {}

    Membership(UUID teamId, UUID userId, TeamRole role, Allocation allocation) {
        this.id = UUID.randomUUID();
        this.teamId = teamId;
        this.userId = userId;
        this.role = role;
        this.createdAt = Instant.now();
        allocate(allocation);
    }

    void allocate(Allocation allocation) {
        this.cpuMillis = allocation.cpuMillis();
        this.memoryMib = allocation.memoryMib();
        this.storageGib = allocation.storageGib();
    }

    void changeRole(TeamRole role) {
        this.role = role;
    }

    UUID getTeamId() {
        return teamId;
    }

    UUID getUserId() {
        return userId;
    }

    TeamRole getRole() {
        return role;
    }

    Allocation allocation() {
        return new Allocation(cpuMillis, memoryMib, storageGib);
    }
}
