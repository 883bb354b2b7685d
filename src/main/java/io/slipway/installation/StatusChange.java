package io.slipway.installation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A status an app entered, with its reason; rows go when the app goes, or when newer ones push them out. */
@Entity
@Immutable
@Table(name = "installation_status_change")
class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long seq;

    @Column(name = "installation_id", nullable = false)
    private UUID installationId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    private InstallationStatus status;

    private String reason;

    protected StatusChange() {}

    StatusChange(UUID installationId, Instant occurredAt, InstallationStatus status, String reason) {
        this.installationId = installationId;
        this.occurredAt = occurredAt;
        this.status = status;
        this.reason = reason;
    }

    StatusEntry entry() {
        return new StatusEntry(occurredAt, status, reason);
    }
}
