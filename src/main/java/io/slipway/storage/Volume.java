package io.slipway.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A member's persistent volume: attached to one app, or retained after its app was deleted. */
@Entity
@Table(name = "volume")
class Volume {

    @Id
    private UUID id;

    @Column(name = "team_id", nullable = false)
    private UUID teamId;

    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;

    @Column(name = "installation_id")
    private UUID installationId;

    @Column(name = "claim_name", nullable = false, updatable = false)
    private String claimName;

    @Column(name = "volume_type", nullable = false, updatable = false)
    private String volumeType;

    /** Resolved once: a claim's StorageClass cannot change, whatever the configuration says later. */
    @Column(name = "storage_class", nullable = false, updatable = false)
    private String storageClass;

    @Column(name = "size_gib", nullable = false, updatable = false)
    private int sizeGib;

    /** The app it is attached to, or the app it was last attached to while retained. */
    @Column(name = "app_name", nullable = false)
    private String appName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "retained_since")
    private Instant retainedSince;

    @Version
    private long version;

    protected Volume() {}

    Volume(UUID teamId, UUID ownerId, String claimName, String volumeType, String storageClass, int sizeGib) {
        this.id = UUID.randomUUID();
        this.teamId = teamId;
        this.ownerId = ownerId;
        this.claimName = claimName;
        this.volumeType = volumeType;
        this.storageClass = storageClass;
        this.sizeGib = sizeGib;
        this.createdAt = Instant.now();
    }

    void attach(UUID installationId, String appName) {
        this.installationId = installationId;
        this.appName = appName;
        this.retainedSince = null;
    }

    void retain(Instant since) {
        this.installationId = null;
        this.retainedSince = since;
    }

    boolean isRetained() {
        return installationId == null;
    }

    VolumeSummary summary() {
        return new VolumeSummary(
                id,
                ownerId,
                installationId,
                claimName,
                volumeType,
                storageClass,
                sizeGib,
                appName,
                createdAt,
                retainedSince);
    }

    UUID getId() {
        return id;
    }

    UUID getOwnerId() {
        return ownerId;
    }

    String getVolumeType() {
        return volumeType;
    }

    String getClaimName() {
        return claimName;
    }
}
