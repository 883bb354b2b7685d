package io.slipway.installation;

import io.slipway.catalog.Protocol;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * An app of a team: the desired state the deployer applies, and the status it reports back. The status is written
 * by bulk updates that leave the version alone, and entity updates write only the columns they changed, so that
 * a user's change and the cluster's report never overwrite or fail each other.
 */
@Entity
@DynamicUpdate
@Table(name = "installation")
class Installation {

    @Id
    private UUID id;

    @Column(name = "team_id", nullable = false)
    private UUID teamId;

    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;

    @Column(name = "catalog_entry_id")
    private String catalogEntryId;

    private String name;
    private String image;
    private String tag;
    private int percent;

    @Enumerated(EnumType.STRING)
    private Protocol protocol;

    private int port;

    @Column(name = "working_dir")
    private String workingDir;

    @Enumerated(EnumType.STRING)
    private Access access;

    @Enumerated(EnumType.STRING)
    private Persistence persistence;

    /** Where a persistent volume is mounted; null without one. */
    @Column(name = "mount_path")
    private String mountPath;

    /** The env vars as JSON, encrypted with the secret cipher; never plain text in the database. */
    @Column(name = "env_sealed")
    private String envSealed;

    /** Registry credentials of an own image, encrypted like the env vars; null when there are none. */
    @Column(name = "pull_sealed")
    private String pullSealed;

    @Enumerated(EnumType.STRING)
    private InstallationStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Desired state: a stopped app runs no replica but keeps its share. */
    private boolean stopped;

    @Column(name = "restarted_at")
    private Instant restartedAt;

    @Column(name = "node_port")
    private Integer nodePort;

    // A wrapper, null until persisted: Spring Data then takes a new app for new and inserts it, instead of merging
    // it, which selects the row by its assigned id first
    @Version
    private Long version;

    protected Installation() {}

    /**
     * @param version the tag, digest or {@code tag@digest} that follows the image's name
     */
    Installation(
            UUID teamId, UUID ownerId, String catalogEntryId, String image, String version, InstallRequest request) {
        this.id = UUID.randomUUID();
        this.teamId = teamId;
        this.ownerId = ownerId;
        this.catalogEntryId = catalogEntryId;
        this.image = image;
        this.name = request.getName();
        this.tag = version;
        this.percent = request.getPercent();
        this.protocol = request.getProtocol();
        this.port = InstallRequestValidator.parsePort(request.getPort());
        this.workingDir =
                request.getWorkingDir() == null || request.getWorkingDir().isEmpty() ? null : request.getWorkingDir();
        this.access = request.getAccess();
        this.persistence = request.getPersistence();
        this.mountPath = persistence == Persistence.VOLUME ? request.getMountPath() : null;
        this.status = InstallationStatus.PENDING;
        this.statusReason = "Accepted; handing it to the cluster";
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    void sealEnv(String sealed) {
        this.envSealed = sealed;
    }

    /** Takes the form's changes; the name, image and catalog entry stay. */
    void edit(InstallRequest request, String sealedEnv) {
        this.tag = request.getTag();
        this.percent = request.getPercent();
        this.protocol = request.getProtocol();
        this.port = InstallRequestValidator.parsePort(request.getPort());
        this.workingDir =
                request.getWorkingDir() == null || request.getWorkingDir().isEmpty() ? null : request.getWorkingDir();
        this.access = request.getAccess();
        this.envSealed = sealedEnv;
        this.updatedAt = Instant.now();
    }

    void stop() {
        this.stopped = true;
        this.updatedAt = Instant.now();
    }

    void start() {
        this.stopped = false;
        this.updatedAt = Instant.now();
    }

    void restart(Instant at) {
        this.restartedAt = at;
        this.updatedAt = at;
    }

    boolean isStopped() {
        return stopped;
    }

    Instant getRestartedAt() {
        return restartedAt;
    }

    Integer getNodePort() {
        return nodePort;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    void sealPull(String sealed) {
        this.pullSealed = sealed;
    }

    String getPullSealed() {
        return pullSealed;
    }

    UUID getId() {
        return id;
    }

    UUID getTeamId() {
        return teamId;
    }

    UUID getOwnerId() {
        return ownerId;
    }

    String getCatalogEntryId() {
        return catalogEntryId;
    }

    String getName() {
        return name;
    }

    String getImage() {
        return image;
    }

    String getTag() {
        return tag;
    }

    int getPercent() {
        return percent;
    }

    Protocol getProtocol() {
        return protocol;
    }

    int getPort() {
        return port;
    }

    String getWorkingDir() {
        return workingDir;
    }

    Access getAccess() {
        return access;
    }

    Persistence getPersistence() {
        return persistence;
    }

    String getMountPath() {
        return mountPath;
    }

    String getEnvSealed() {
        return envSealed;
    }

    InstallationStatus getStatus() {
        return status;
    }

    String getStatusReason() {
        return statusReason;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
