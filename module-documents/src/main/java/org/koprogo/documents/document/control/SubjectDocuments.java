package org.koprogo.documents.document.control;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.koprogo.core.privacy.boundary.DataSubject;
import org.koprogo.core.property.boundary.BuildingRecords;
import org.koprogo.documents.document.entity.Document;

/**
 * The documents a person's GDPR export lists: those their sign-in uploaded, and those linked to an assembly their
 * owner record is in the attendance of (its minutes, its convocation). Read a batch at a time, oldest first,
 * without entering the persistence context.
 */
@ApplicationScoped
public class SubjectDocuments {

    static final int BATCH = 200;

    private static final String READ_ONLY = "eclipselink.read-only";

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    /** Meetings, from module-meetings (none when it is not installed). */
    @Inject
    @Any
    Instance<BuildingRecords> records;

    /** Hands the subject's documents, a batch at a time, by upload date. */
    public void forEachBatch(DataSubject subject, Consumer<List<Document>> batches) {
        Set<UUID> meetings = attendedMeetings(subject);
        if (subject.userId() == null && meetings.isEmpty()) {
            return;
        }
        String theirs = subject.userId() == null ? "d.meetingId in :meetings"
                : meetings.isEmpty() ? "d.uploadedBy = :user" : "(d.uploadedBy = :user or d.meetingId in :meetings)";
        Document last = null;
        List<Document> batch;
        do {
            String after = last == null ? ""
                    : " and (d.createdAt > :date or (d.createdAt = :date and d.id > :id))";
            TypedQuery<Document> query = em.createQuery(Document.SELECT_JPQL + " where " + theirs + after
                    + " order by d.createdAt, d.id", Document.class);
            if (subject.userId() != null) {
                query.setParameter("user", subject.userId());
            }
            if (!meetings.isEmpty()) {
                query.setParameter("meetings", meetings);
            }
            if (last != null) {
                query.setParameter("date", last.getCreatedAt()).setParameter("id", last.getId());
            }
            batch = query.setHint(READ_ONLY, true).setMaxResults(BATCH).getResultList();
            if (!batch.isEmpty()) {
                batches.accept(batch);
                last = batch.get(batch.size() - 1);
            }
        } while (batch.size() == BATCH);
    }

    /** The assemblies the subject's owner record is in the attendance of (none without module-meetings). */
    private Set<UUID> attendedMeetings(DataSubject subject) {
        if (subject.ownerId() == null) {
            return Set.of();
        }
        return records.stream().filter(kept -> kept.kind().equals(BuildingRecords.MEETING))
                .flatMap(meetings -> meetings.takenPartIn(subject.ownerId()).stream())
                .collect(Collectors.toSet());
    }
}
