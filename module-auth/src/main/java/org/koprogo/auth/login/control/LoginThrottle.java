package org.koprogo.auth.login.control;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koprogo.core.housekeeping.boundary.ExpiringRows;

/**
 * Counts sign-in attempts per account and per client address in a window that opens at the first attempt.
 * An attempt is counted before its password is checked, in one statement that increments and returns the
 * count, so parallel guesses cannot run past the limit: past it, every attempt is refused until the window
 * closes, the right password included. A successful sign-in gives its attempt back: the account's count is
 * wiped, the address's decremented, so a user who signs in once per session is never throttled. The counts
 * live in PostgreSQL, so the limit holds across instances; PostgreSQL's clock decides.
 */
@ApplicationScoped
public class LoginThrottle implements ExpiringRows {

    /** An account is known by a hash of its normalized email: bounded length, whatever was typed. */
    static final String ACCOUNT = "account:";
    static final String ADDRESS = "address:";
    static final String REGISTRATION = "registration:";

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

    /**
     * Counts an attempt of the account from the address. Empty when it may go on to the password check; else
     * the seconds until the account or the address may try again.
     */
    @Transactional
    public Optional<Long> attempt(String email, String address) {
        // the account's row is locked before the address's: no two attempts can wait on each other's rows
        return count(account(email), ADDRESS + address);
    }

    /**
     * Counts a registration from the address, as many allowed in a window as sign-in attempts from one address
     * but counted apart, and never given back: each one made an account. Empty when it may go on; else the
     * seconds until the address may register again.
     */
    @Transactional
    public Optional<Long> registration(String address) {
        return count(REGISTRATION + address);
    }

    /** Counts one attempt of each subject, in one statement, in the order given. */
    private Optional<Long> count(String... subjects) {
        String rows = IntStream.rangeClosed(1, subjects.length).mapToObj(i -> "(?" + i + ", 1, now())")
                .collect(Collectors.joining(", "));
        String window = "?" + (subjects.length + 1);
        Query upsert = em.createNativeQuery("""
                insert into login_failures as f (subject, failures, window_started_at)
                values %s
                on conflict (subject) do update set
                    failures = case when f.window_started_at <= now() - make_interval(secs => %s)
                                    then 1 else f.failures + 1 end,
                    window_started_at = case when f.window_started_at <= now() - make_interval(secs => %s)
                                             then now() else f.window_started_at end
                returning subject, failures, ceil(extract(epoch from window_started_at - now()) + %s)
                """.formatted(rows, window, window, window));
        for (int i = 0; i < subjects.length; i++) {
            upsert.setParameter(i + 1, subjects[i]);
        }
        List<?> counted = upsert.setParameter(subjects.length + 1, windowSeconds).getResultList();
        long wait = 0;
        for (Object row : counted) {
            Object[] count = (Object[]) row;
            int limit = ((String) count[0]).startsWith(ACCOUNT) ? maxPerAccount : maxPerAddress;
            if (((Number) count[1]).intValue() > limit) {
                wait = Math.max(wait, Math.max(1L, ((Number) count[2]).longValue()));
            }
        }
        return wait == 0 ? Optional.empty() : Optional.of(wait);
    }

    /** The attempt is given back; the address keeps its other attempts, or one address could probe many accounts. */
    @Transactional
    public void succeeded(String email, String address) {
        em.createNativeQuery("delete from login_failures where subject = ?1")
                .setParameter(1, account(email)).executeUpdate();
        em.createNativeQuery("update login_failures set failures = failures - 1 where subject = ?1 and failures > 0")
                .setParameter(1, ADDRESS + address).executeUpdate();
    }

    @Override
    public String table() {
        return "login_failures";
    }

    /** Closed windows count for nothing. */
    @Override
    public String expired() {
        return "window_started_at <= now() - make_interval(secs => " + windowSeconds + ")";
    }

    static String account(String email) {
        return ACCOUNT + Sha256.hex(email);
    }
}
