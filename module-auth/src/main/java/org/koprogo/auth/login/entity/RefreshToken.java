package org.koprogo.auth.login.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.koprogo.core.database.boundary.Timestamps;

/**
 * One refresh token, known only by its hash. Tokens descending from one login form a family: each use rotates
 * the token, and presenting an already rotated one means it was stolen, so the whole family is revoked.
 */
@Entity
@Table(name = "refresh_tokens")
@NamedQuery(name = RefreshToken.BY_HASH, query = "select t from RefreshToken t where t.tokenHash = :hash")
@NamedQuery(name = RefreshToken.REVOKE_FAMILY, query = "update RefreshToken t set t.revokedAt = :now "
        + "where t.familyId = :family and t.revokedAt is null")
@NamedQuery(name = RefreshToken.REVOKE_USER, query = "update RefreshToken t set t.revokedAt = :now "
        + "where t.userId = :user and t.revokedAt is null")
@NamedQuery(name = RefreshToken.REVOKE_ORGANIZATION, query = "update RefreshToken t set t.revokedAt = :now "
        + "where t.revokedAt is null and t.userId in "
        + "(select u.id from User u where u.organizationId = :organization)")
@NamedQuery(name = RefreshToken.DELETE_OF_USER, query = "delete from RefreshToken t where t.userId = :user")
@NamedQuery(name = RefreshToken.DELETE_EXPIRED_OF_USER,
        query = "delete from RefreshToken t where t.userId = :user and t.expiresAt < :now")
public class RefreshToken {

    public static final String BY_HASH = "RefreshToken.byHash";
    public static final String REVOKE_FAMILY = "RefreshToken.revokeFamily";
    public static final String REVOKE_USER = "RefreshToken.revokeUser";
    public static final String REVOKE_ORGANIZATION = "RefreshToken.revokeOrganization";
    public static final String DELETE_EXPIRED_OF_USER = "RefreshToken.deleteExpiredOfUser";
    public static final String DELETE_OF_USER = "RefreshToken.deleteOfUser";

    @Id
    private UUID id;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "family_id")
    private UUID familyId;

    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    @Column(name = "created_at", updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "rotated_at")
    private OffsetDateTime rotatedAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected RefreshToken() {
        // JPA
    }

    public RefreshToken(String tokenHash, UUID familyId, UUID userId, OffsetDateTime expiresAt) {
        if (tokenHash == null || familyId == null || userId == null || expiresAt == null) {
            throw new IllegalArgumentException("a refresh token needs a hash, a family, a user and an expiry");
        }
        this.id = UUID.randomUUID();
        this.tokenHash = tokenHash;
        this.familyId = familyId;
        this.userId = userId;
        this.createdAt = Timestamps.now();
        this.expiresAt = expiresAt;
    }

    /** Used once: revoked by its successor. */
    public void rotate() {
        OffsetDateTime now = Timestamps.now();
        this.rotatedAt = now;
        this.revokedAt = now;
    }

    public boolean wasRotated() {
        return rotatedAt != null;
    }

    public boolean isUsable() {
        return revokedAt == null && expiresAt.isAfter(Timestamps.now());
    }

    public UUID familyId() {
        return familyId;
    }

    public UUID userId() {
        return userId;
    }
}
