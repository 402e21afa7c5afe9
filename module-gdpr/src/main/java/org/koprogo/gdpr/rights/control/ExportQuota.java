package org.koprogo.gdpr.rights.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koprogo.core.lifecycle.boundary.DatabaseMigrated;
import org.koprogo.core.lifecycle.boundary.StartupRefusedException;
import org.koprogo.core.privacy.boundary.DataSubject;
import org.koprogo.core.refusal.boundary.TooManyAttempts;
import org.koprogo.gdpr.audit.control.AuditTrail;
import org.koprogo.gdpr.audit.control.AuditTrail.Actor;
import org.koprogo.gdpr.audit.control.AuditTrail.Counted;
import org.koprogo.gdpr.audit.entity.AuditEvent;

/**
 * The hourly limit on exports, so that they are no scraping tool: {@value #SETTING} per subject and per actor in
 * any hour, counted in the audit trail, where every instance sees them. Admissions take turns (a transaction-wide
 * advisory lock), so parallel requests cannot together pass the limit.
 */
@ApplicationScoped
public class ExportQuota {

    static final String SETTING = "KOPROGO_GDPR_EXPORTS_PER_HOUR";
    static final long WINDOW_SECONDS = 3600;

    @PersistenceContext(unitName = "gdpr")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = SETTING, defaultValue = "5")
    int perHour;

    /** Read at start-up, so that a limit that admits nothing stops the platform rather than every export. */
    void check(@Observes DatabaseMigrated event) {
        if (perHour < 1) {
            throw new StartupRefusedException(SETTING + " must be at least 1, not " + perHour);
        }
    }

    /**
     * Records the export in the audit trail if the limit admits it.
     *
     * @throws TooManyAttempts when the subject or the actor had their hour's exports; Retry-After says when the
     *                         oldest of them leaves the window
     */
    @Transactional
    public void admit(Actor actor, DataSubject subject) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('koprogo.gdpr.exports'))").getSingleResult();
        Counted subjectColumn = subject.userId() != null ? Counted.SUBJECT_USER : Counted.SUBJECT_OWNER;
        Optional<Long> wait = Stream.of(
                        retryAfter(audit.exportAges(subjectColumn, subject.user().orElse(subject.ownerId()), perHour),
                                perHour),
                        retryAfter(audit.exportAges(Counted.ACTOR, actor.userId(), perHour), perHour))
                .flatMap(Optional::stream).max(Long::compare);
        if (wait.isPresent()) {
            throw new TooManyAttempts("At most " + perHour + " exports an hour of one person's data, or by one"
                    + " account; try again in " + wait.get() + " seconds", wait.get());
        }
        audit.record(AuditEvent.GDPR_DATA_EXPORTED, actor, subject, true, null, Map.of());
    }

    /**
     * Seconds until one more export fits, given how long ago the last ones were made (most recent first): none
     * while fewer than {@code limit} fall in the window, else until the {@code limit}-th most recent leaves it.
     */
    static Optional<Long> retryAfter(List<Double> agesMostRecentFirst, int limit) {
        if (agesMostRecentFirst.size() < limit) {
            return Optional.empty();
        }
        double leaves = WINDOW_SECONDS - agesMostRecentFirst.get(limit - 1);
        return Optional.of(Math.max(1, (long) Math.ceil(leaves)));
    }
}
