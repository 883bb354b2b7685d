package io.slipway.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "team")
class Team {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Version
    private long version;

    protected Team() {}

    Team(String name, String slug, UUID planId) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.slug = slug;
        this.planId = planId;
        this.createdAt = Instant.now();
    }

    void delete() {
        this.deletedAt = Instant.now();
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    void changePlan(UUID planId) {
        this.planId = planId;
    }

    UUID getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getSlug() {
        return slug;
    }

    UUID getPlanId() {
        return planId;
    }
}
