package org.koprogo.gdpr.audit.control;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.koprogo.core.json.boundary.JsonMapping;
import org.koprogo.core.paging.boundary.JpaPages;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageRequest;
import org.koprogo.core.paging.boundary.Where;
import org.koprogo.core.privacy.boundary.DataSubject;
import org.koprogo.gdpr.audit.entity.AuditEntry;
import org.koprogo.gdpr.audit.entity.AuditEvent;

/** Writes and reads the audit trail of exports, erasures and erasure checks (gdpr_audit_log). */
@ApplicationScoped
public class AuditTrail {

    private static final Map<String, String> SORTS = Map.of("timestamp", "a.createdAt");

    @PersistenceContext(unitName = "gdpr")
    EntityManager em;

    /** Who asked, from where: the caller of the request being recorded. */
    public record Actor(UUID userId, String role, String clientAddress) {
    }

    /** What the superadmin's list is narrowed to; a null member narrows nothing. */
    public record Filter(UUID userId, UUID organizationId, Set<String> eventTypes, Boolean success, OffsetDateTime from,
                         OffsetDateTime to) {
    }

    /**
     * Records an event about the subject in the caller's transaction (or its own, outside one).
     *
     * @param metadata counts or hold codes, written as a JSON object; empty for none
     */
    @Transactional
    public void record(AuditEvent event, Actor actor, DataSubject subject, boolean success, String errorMessage,
                       Map<String, ?> metadata) {
        em.persist(new AuditEntry(event, actor.userId(), actor.role(), subject.userId(), subject.ownerId(),
                subject.organizationId(), actor.clientAddress(), success, errorMessage, json(metadata)));
    }

    /** Newest first. {@code userId} matches the actor or the subject. */
    public <T> Page<T> list(Filter filter, PageRequest request, Function<AuditEntry, T> view) {
        Where where = Where.visibleTo(Optional.empty(), "a.organizationId") // the superadmin's: every row
                .and("(a.actorUserId = :user or a.subjectUserId = :user)", "user", filter.userId())
                .and("a.organizationId = :organization", "organization", filter.organizationId())
                .and("a.eventType in :events", "events", filter.eventTypes())
                .and("a.success = :success", "success", filter.success())
                .and("a.createdAt >= :from", "from", filter.from())
                .and("a.createdAt <= :to", "to", filter.to());
        return JpaPages.list(em, AuditEntry.class, AuditEntry.SELECT_JPQL, AuditEntry.COUNT_JPQL, where, SORTS,
                "a.id", request, view);
    }

    /** Whose exports are counted. */
    public enum Counted {
        SUBJECT_USER("subject_user_id"), SUBJECT_OWNER("subject_owner_id"), ACTOR("actor_user_id");

        private final String column;

        Counted(String column) {
            this.column = column;
        }
    }

    /**
     * How long ago, in seconds, the exports of the last hour about or by {@code id} were made, most recent first,
     * at most {@code limit} of them.
     */
    public List<Double> exportAges(Counted counted, UUID id, int limit) {
        List<?> ages = em.createNativeQuery("select extract(epoch from now() - created_at) from gdpr_audit_log"
                        + " where " + counted.column + " = ?1 and event_type = ?2 and success"
                        + " and created_at > now() - interval '1 hour' order by created_at desc limit ?3")
                .setParameter(1, id).setParameter(2, AuditEvent.GDPR_DATA_EXPORTED.toString())
                .setParameter(3, limit).getResultList();
        return ages.stream().map(age -> ((Number) age).doubleValue()).toList();
    }

    private static String json(Map<String, ?> metadata) {
        if (metadata.isEmpty()) {
            return null;
        }
        try {
            return JsonMapping.MAPPER.writeValueAsString(metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit metadata is counts and codes", e);
        }
    }
}
