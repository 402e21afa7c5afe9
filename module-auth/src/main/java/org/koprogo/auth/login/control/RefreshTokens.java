package org.koprogo.auth.login.control;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koprogo.auth.login.entity.RefreshToken;
import org.koprogo.auth.organization.control.OrganizationSessions;
import org.koprogo.auth.user.control.UserSessions;
import org.koprogo.core.database.boundary.Timestamps;
import org.koprogo.core.housekeeping.boundary.ExpiringRows;

/** Issues, rotates and revokes refresh tokens; only their SHA-256 hashes reach the database. */
@ApplicationScoped
public class RefreshTokens implements ExpiringRows, UserSessions, OrganizationSessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "auth")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "KOPROGO_JWT_REFRESH_SECONDS", defaultValue = "604800")
    long lifetimeSeconds;

    /** What a presented refresh token turned out to be. */
    public sealed interface Rotation {
        /** Valid: here is its successor, in the same family. */
        record Rotated(UUID userId, String successor) implements Rotation {
        }

        /** Unknown, expired or revoked. */
        record Refused() implements Rotation {
        }

        /** Already rotated: a copy is in other hands; the family is now revoked. */
        record Reused() implements Rotation {
        }
    }

    /** A new family, for a fresh login; the user's expired tokens go meanwhile. */
    @Transactional
    public String open(UUID userId) {
        em.createNamedQuery(RefreshToken.DELETE_EXPIRED_OF_USER).setParameter("user", userId)
                .setParameter("now", Timestamps.now()).executeUpdate();
        return issue(UUID.randomUUID(), userId);
    }

    /**
     * Exchanges a token for its successor. The row is locked, so two concurrent uses of one token cannot both
     * succeed: the second sees a rotated token and revokes the family, as a thief's replay would.
     */
    @Transactional
    public Rotation rotate(String token) {
        Optional<RefreshToken> found = em.createNamedQuery(RefreshToken.BY_HASH, RefreshToken.class)
                .setParameter("hash", Sha256.hex(token))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            return new Rotation.Refused();
        }
        RefreshToken presented = found.get();
        if (presented.wasRotated()) {
            revokeFamily(presented.familyId());
            return new Rotation.Reused();
        }
        if (!presented.isUsable()) {
            return new Rotation.Refused();
        }
        presented.rotate();
        return new Rotation.Rotated(presented.userId(), issue(presented.familyId(), presented.userId()));
    }

    /** Ends the session the token belongs to; unknown tokens are ignored. */
    @Transactional
    public void revoke(String token) {
        em.createNamedQuery(RefreshToken.BY_HASH, RefreshToken.class).setParameter("hash", Sha256.hex(token))
                .getResultStream().findFirst()
                .ifPresent(found -> revokeFamily(found.familyId()));
    }

    private void revokeFamily(UUID family) {
        em.createNamedQuery(RefreshToken.REVOKE_FAMILY).setParameter("family", family)
                .setParameter("now", Timestamps.now()).executeUpdate();
    }

    @Override
    @Transactional
    public void revokeUser(UUID user) {
        em.createNamedQuery(RefreshToken.REVOKE_USER).setParameter("user", user)
                .setParameter("now", Timestamps.now()).executeUpdate();
    }

    @Override
    @Transactional
    public void revokeOrganization(UUID organization) {
        em.createNamedQuery(RefreshToken.REVOKE_ORGANIZATION).setParameter("organization", organization)
                .setParameter("now", Timestamps.now()).executeUpdate();
    }

    @Override
    public String table() {
        return "refresh_tokens";
    }

    /** Expired tokens serve no one, not even reuse detection (an expired token is refused anyway). */
    @Override
    public String expired() {
        return "expires_at < now()";
    }

    private String issue(UUID family, UUID userId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.persist(new RefreshToken(Sha256.hex(token), family, userId, Timestamps.now().plusSeconds(lifetimeSeconds)));
        return token;
    }
}
