package org.koprogo.auth.login.control;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed logins per account and per client address in a window that opens at the first failure. Past
 * the limit, every attempt is refused until the window closes, the right password included: guessing stops.
 * Successful logins count for nothing, so a user who signs in once per session is never throttled. The counts
 * live in PostgreSQL, so the limit holds across instances; PostgreSQL's clock decides.
 */
@ApplicationScoped
public class LoginThrottle {

    static final String ACCOUNT = "account:";
    static final String ADDRESS = "address:";

    @PersistenceContext(unitName = "auth")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "KOPROGO_LOGIN_MAX_FAILURES", defaultValue = "5")
    int maxPerAccount;

    @Inject
    @ConfigProperty(name = "KOPROGO_LOGIN_MAX_FAILURES_PER_ADDRESS", defaultValue = "50")
    int maxPerAddress;

    @Inject
    @ConfigProperty(name = "KOPROGO_LOGIN_WINDOW_SECONDS", defaultValue = "900")
    int windowSeconds;

    /** Seconds until the account or the address may try again; empty when they may now. */
    public Optional<Long> blockedFor(String email, String address) {
        Object seconds = em.createNativeQuery("""
                select ceil(max(extract(epoch from window_started_at - now()) + ?3))
                from login_failures
                where window_started_at > now() - make_interval(secs => ?3)
                  and ((subject = ?1 and failures >= ?4) or (subject = ?2 and failures >= ?5))
                """)
                .setParameter(1, ACCOUNT + email)
                .setParameter(2, ADDRESS + address)
                .setParameter(3, windowSeconds)
                .setParameter(4, maxPerAccount)
                .setParameter(5, maxPerAddress)
                .getSingleResult();
        return Optional.ofNullable(seconds).map(value -> Math.max(1L, ((Number) value).longValue()));
    }

    @Transactional
    public void failed(String email, String address) {
        count(ACCOUNT + email);
        count(ADDRESS + address);
    }

    /** The account's slate is wiped; the address keeps its count, or one address could probe many accounts. */
    @Transactional
    public void succeeded(String email) {
        em.createNativeQuery("delete from login_failures where subject = ?1")
                .setParameter(1, ACCOUNT + email).executeUpdate();
    }

    /** Forgets windows that have closed. */
    @Transactional
    public int forgetClosedWindows() {
        return em.createNativeQuery("delete from login_failures where window_started_at <= now() - make_interval(secs => ?1)")
                .setParameter(1, windowSeconds).executeUpdate();
    }

    private void count(String subject) {
        em.createNativeQuery("""
                insert into login_failures as f (subject, failures, window_started_at) values (?1, 1, now())
                on conflict (subject) do update set
                    failures = case when f.window_started_at <= now() - make_interval(secs => ?2)
                                    then 1 else f.failures + 1 end,
                    window_started_at = case when f.window_started_at <= now() - make_interval(secs => ?2)
                                             then now() else f.window_started_at end
                """)
                .setParameter(1, subject)
                .setParameter(2, windowSeconds)
                .executeUpdate();
    }
}
