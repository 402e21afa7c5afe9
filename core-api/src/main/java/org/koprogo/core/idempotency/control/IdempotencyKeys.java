package org.koprogo.core.idempotency.control;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.koprogo.core.housekeeping.boundary.ExpiringRows;

/**
 * The stored side of {@code Idempotency-Key}: each key is claimed in its own short transaction before the
 * request runs, marked applied in the transaction of its writes ({@link IdempotentWrites}), then completed with the
 * response (or released when the request failed on the server's side). A key held "in flight" for longer than
 * {@link #ABANDONED_SECONDS} belonged to a request that died with its instance: claimed again when its writes never
 * committed, refused when they did (its answer is lost, and running it again would write twice).
 */
@ApplicationScoped
public class IdempotencyKeys implements ExpiringRows {

    static final int KEPT_HOURS = 24;
    static final int ABANDONED_SECONDS = 60;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /** What a claim found. */
    public sealed interface Claim {
        /** The key is this request's: run it. */
        record Granted() implements Claim {
        }

        /** Another request with the key is running. */
        record InFlight() implements Claim {
        }

        /** The key was used with another request. */
        record Mismatch() implements Claim {
        }

        /** The key's request committed its writes, then died before its answer was stored. */
        record AnswerLost() implements Claim {
        }

        /** The key's request is done: answer what it answered. */
        record Replay(int status, String location, String type, String body) implements Claim {
        }
    }

    @Transactional
    public Claim claim(UUID user, UUID organization, String key, String fingerprint) {
        List<?> granted = em.createNativeQuery("""
                insert into idempotency_keys as k (user_id, idempotency_key, organization_id, fingerprint, state,
                                                   created_at, expires_at)
                values (?1, ?2, ?3, ?4, 'in_flight', now(), now() + make_interval(hours => ?5))
                on conflict (user_id, idempotency_key) do update set
                    organization_id = excluded.organization_id, fingerprint = excluded.fingerprint,
                    state = 'in_flight', applied = false, response_status = null, response_location = null, response_type = null,
                    response_body = null, created_at = now(), expires_at = excluded.expires_at
                where k.expires_at <= now()
                   or (k.state = 'in_flight' and not k.applied and k.created_at <= now() - make_interval(secs => ?6))
                returning 1
                """)
                .setParameter(1, user).setParameter(2, key).setParameter(3, organization)
                .setParameter(4, fingerprint).setParameter(5, KEPT_HOURS).setParameter(6, ABANDONED_SECONDS)
                .getResultList();
        if (!granted.isEmpty()) {
            return new Claim.Granted();
        }
        Object[] held = (Object[]) em.createNativeQuery("""
                select fingerprint, state, response_status, response_location, response_type, response_body,
                       applied and created_at <= now() - make_interval(secs => ?3)
                from idempotency_keys where user_id = ?1 and idempotency_key = ?2
                """).setParameter(1, user).setParameter(2, key).setParameter(3, ABANDONED_SECONDS).getSingleResult();
        if ("in_flight".equals(held[1])) {
            return Boolean.TRUE.equals(held[6]) ? new Claim.AnswerLost() : new Claim.InFlight();
        }
        if (!fingerprint.equals(held[0])) {
            return new Claim.Mismatch();
        }
        return new Claim.Replay(((Number) held[2]).intValue(), (String) held[3], (String) held[4], (String) held[5]);
    }

    @Transactional
    public void complete(UUID user, String key, int status, String location, String type, String body) {
        em.createNativeQuery("""
                update idempotency_keys set state = 'done', response_status = ?3, response_location = ?4,
                    response_type = ?5, response_body = ?6
                where user_id = ?1 and idempotency_key = ?2
                """).setParameter(1, user).setParameter(2, key).setParameter(3, status).setParameter(4, location)
                .setParameter(5, type).setParameter(6, body).executeUpdate();
    }

    /**
     * The request failed on the server's side: a retry with the key runs it again, unless its writes committed (the
     * key then stays in flight, and answers as lost once abandoned).
     */
    @Transactional
    public void release(UUID user, String key) {
        em.createNativeQuery("delete from idempotency_keys where user_id = ?1 and idempotency_key = ?2 and not applied")
                .setParameter(1, user).setParameter(2, key).executeUpdate();
    }

    /** In the caller's transaction, which must be active: not {@code @Transactional}, IdempotentWrites calls it. */
    void markApplied(ClaimedKey.Key key) {
        em.createNativeQuery("update idempotency_keys set applied = true where user_id = ?1 and idempotency_key = ?2")
                .setParameter(1, key.user()).setParameter(2, key.key()).executeUpdate();
    }

    @Override
    public String table() {
        return "idempotency_keys";
    }

    /** Past their day, keys are purged while the platform runs (the index on expires_at keeps it quick). */
    @Override
    public String expired() {
        return "expires_at <= now()";
    }
}
