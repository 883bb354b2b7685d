package io.slipway.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 40)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "platform_admin", nullable = false)
    private boolean platformAdmin;

    /** Set while the account has a one-time password that must be replaced at the next login. */
    @Column(name = "password_expired", nullable = false)
    private boolean passwordExpired;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserAccount() {}

    UserAccount(String username, String passwordHash, boolean platformAdmin) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.passwordHash = passwordHash;
        this.platformAdmin = platformAdmin;
        this.createdAt = Instant.now();
    }

    void expirePassword() {
        this.passwordExpired = true;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordExpired = false;
    }

    UUID getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isPlatformAdmin() {
        return platformAdmin;
    }

    boolean isPasswordExpired() {
        return passwordExpired;
    }
}
