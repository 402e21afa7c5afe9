package org.koprogo.documents.document.control;

import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.koprogo.core.data.boundary.RecordReferences;
import org.koprogo.core.property.boundary.BuildingRecords;
import org.koprogo.documents.DocumentsModule;
import org.koprogo.documents.document.entity.Document;

/**
 * module-documents' side of a meeting's or an expense's deletion: a document linked to it stays in its building,
 * unlinked (its version moves on, so a client holding its old ETag is told it changed). A link is a pointer, not
 * ownership: the minutes of a meeting deleted by mistake are not lost with it, nor do they block its deletion.
 */
@ApplicationScoped
public class RecordLinks implements RecordReferences {

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    @Override
    public String module() {
        return DocumentsModule.NAME;
    }

    @Override
    public void release(String kind, UUID recordId) {
        switch (kind) {
            case BuildingRecords.MEETING -> linkedBy("meetingId", recordId).forEach(d -> d.linkMeeting(null));
            case BuildingRecords.EXPENSE -> linkedBy("expenseId", recordId).forEach(d -> d.linkExpense(null));
            default -> throw new IllegalArgumentException("documents link no record of kind " + kind);
        }
        em.flush();
    }

    private Stream<Document> linkedBy(String link, UUID recordId) {
        return em.createQuery("select d from Document d where d." + link + " = :record", Document.class)
                .setParameter("record", recordId).getResultStream();
    }
}
