package org.koprogo.gdpr.rights.control;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.koprogo.core.database.boundary.Timestamps;
import org.koprogo.core.privacy.boundary.DataSubject;
import org.koprogo.core.privacy.boundary.ErasureHold;
import org.koprogo.core.privacy.boundary.PersonalData;
import org.koprogo.core.privacy.boundary.StoredResponses;
import org.koprogo.gdpr.audit.control.AuditTrail;
import org.koprogo.gdpr.audit.control.AuditTrail.Actor;
import org.koprogo.gdpr.audit.entity.AuditEvent;
import org.koprogo.gdpr.rights.control.Subjects.Identity;

/**
 * Erasure checks and erasures, each recorded in the audit trail in its own transaction. An erasure is one
 * transaction across every enabled module: all of it, or, when a module fails, none of it.
 */
@ApplicationScoped
public class Erasures {

    /** The code an erasure refused because it was done already is recorded under. */
    static final String ALREADY_ERASED = "already_erased";

    @PersistenceContext(unitName = "gdpr")
    EntityManager em;

    @Inject
    DataModules modules;

    @Inject
    Subjects subjects;

    @Inject
    AuditTrail audit;

    @Inject
    StoredResponses storedResponses;

    /** What an erasure came to. */
    public sealed interface Outcome {
        /** Done: records changed by part or table. */
        record Erased(Identity identity, Map<String, Integer> counts, OffsetDateTime at) implements Outcome {
        }

        /** Refused: what holds it back, nothing changed. */
        record Held(List<ErasureHold> holds) implements Outcome {
        }

        /** Refused: the subject's data was erased already. */
        record AlreadyErased() implements Outcome {
        }
    }

    /** What holds the subject's erasure back now; the check is recorded. */
    @Transactional
    public List<ErasureHold> check(Actor actor, DataSubject subject) {
        List<ErasureHold> holds = holds(subject);
        audit.record(AuditEvent.GDPR_ERASURE_CHECK_REQUESTED, actor, subject, true, null,
                holds.isEmpty() ? Map.of() : Map.of("holds", codes(holds)));
        return holds;
    }

    /**
     * Erases the subject in every enabled module, then the responses stored for its requests, unless something
     * holds it back. Erasures of one subject take turns, so the second finds the first done.
     */
    @Transactional
    public Outcome erase(Actor actor, DataSubject subject) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "koprogo.gdpr.erasure:" + subject.user().orElse(subject.ownerId())).getSingleResult();
        Identity identity = subjects.identity(subject);
        if (identity.erased()) {
            audit.record(AuditEvent.GDPR_DATA_ERASURE_FAILED, actor, subject, false, ALREADY_ERASED, Map.of());
            return new Outcome.AlreadyErased();
        }
        List<ErasureHold> holds = holds(subject);
        if (!holds.isEmpty()) {
            audit.record(AuditEvent.GDPR_DATA_ERASURE_FAILED, actor, subject, false, String.join(",", codes(holds)),
                    Map.of("holds", codes(holds)));
            return new Outcome.Held(holds);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PersonalData module : modules.enabled()) {
            module.erase(subject).forEach((part, count) -> counts.merge(part, count, Integer::sum));
        }
        counts.put("idempotency_keys", storedResponses.erase(subject, identity.emails()));
        audit.record(AuditEvent.GDPR_DATA_ERASED, actor, subject, true, null, counts);
        return new Outcome.Erased(identity, counts, Timestamps.now());
    }

    private List<ErasureHold> holds(DataSubject subject) {
        List<ErasureHold> holds = new ArrayList<>();
        modules.enabled().forEach(module -> holds.addAll(module.holds(subject)));
        return holds;
    }

    private static List<String> codes(List<ErasureHold> holds) {
        return holds.stream().map(ErasureHold::code).distinct().toList();
    }
}
