package org.koprogo.auth.login.control;

import java.util.List;
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
 * The throttle's counts per subject, in PostgreSQL so that every instance sees them, each change one statement
 * (PostgreSQL's clock decides windows). A window opens at a subject's first attempt; when it has closed, the next
 * attempt opens a new one and forgets what an instance that died mid-check left in flight.
 */
@ApplicationScoped
public class LoginCounts implements ExpiringRows {

    @PersistenceContext(unitName = "auth")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "KOPROGO_LOGIN_WINDOW_SECONDS", defaultValue = "900")
    int windowSeconds;

    /** An attempt of each subject enters, in the order given (rows are locked in that order). */
    @Transactional
    public List<AttemptCount> enter(String... subjects) {
        String values = IntStream.rangeClosed(1, subjects.length).mapToObj(i -> "(?" + i + ", 0, 1, now())")
                .collect(Collectors.joining(", "));
        String closed = "f.window_started_at <= now() - make_interval(secs => ?" + (subjects.length + 1) + ")";
        Query upsert = em.createNativeQuery("""
                insert into login_failures as f (subject, failures, in_flight, window_started_at)
                values %s
                on conflict (subject) do update set
                    failures = case when %s then 0 else f.failures end,
                    in_flight = case when %s then 1 else f.in_flight + 1 end,
                    window_started_at = case when %s then now() else f.window_started_at end
                returning subject, failures, in_flight,
                    ceil(extract(epoch from window_started_at - now()) + ?%d)
                """.formatted(values, closed, closed, closed, subjects.length + 1));
        for (int i = 0; i < subjects.length; i++) {
            upsert.setParameter(i + 1, subjects[i]);
        }
        List<?> rows = upsert.setParameter(subjects.length + 1, windowSeconds).getResultList();
        return rows.stream().map(Object[].class::cast).map(LoginCounts::count).toList();
    }

    /** The attempts leave unsettled: they were not checked. */
    @Transactional
    public void leave(String... subjects) {
        settle("", subjects);
    }

    /** The attempts were checked and failed. */
    @Transactional
    public void failed(String... subjects) {
        settle(", failures = failures + 1", subjects);
    }

    /**
     * The attempt was checked and succeeded: the account's failures are forgotten, the address keeps its own,
     * or one address could probe many accounts.
     */
    @Transactional
    public void succeeded(String account, String address) {
        settle(", failures = 0", account);
        settle("", address);
    }

    /** Counts one use of a subject that is never given back. Its uses in the window, this one included. */
    @Transactional
    public AttemptCount use(String subject) {
        Object[] row = (Object[]) em.createNativeQuery("""
                insert into login_failures as f (subject, failures, in_flight, window_started_at)
                values (?1, 1, 0, now())
                on conflict (subject) do update set
                    failures = case when f.window_started_at <= now() - make_interval(secs => ?2)
                                    then 1 else f.failures + 1 end,
                    window_started_at = case when f.window_started_at <= now() - make_interval(secs => ?2)
                                             then now() else f.window_started_at end
                returning subject, failures, in_flight, ceil(extract(epoch from window_started_at - now()) + ?2)
                """).setParameter(1, subject).setParameter(2, windowSeconds).getSingleResult();
        return count(row);
    }

    private static AttemptCount count(Object[] row) {
        return new AttemptCount((String) row[0], ((Number) row[1]).intValue(), ((Number) row[2]).intValue(),
                ((Number) row[3]).longValue());
    }

    private void settle(String change, String... subjects) {
        for (String subject : subjects) {
            em.createNativeQuery("update login_failures set in_flight = greatest(in_flight - 1, 0)" + change
                    + " where subject = ?1").setParameter(1, subject).executeUpdate();
        }
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
}
