package org.koprogo.documents.document.control;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.koprogo.core.privacy.boundary.DataSubject;
import org.koprogo.core.privacy.boundary.ErasureHold;
import org.koprogo.core.privacy.boundary.ExportPart;
import org.koprogo.core.privacy.boundary.PersonalData;
import org.koprogo.documents.DocumentsModule;

/**
 * module-documents' part in a person's GDPR rights: the documents they uploaded or that concern an assembly they
 * attended, listed with a download link. Nothing holds an erasure back, and erasure changes nothing: the files are
 * the co-ownership's records (minutes, invoices, statements), and {@code uploaded_by} is a sign-in's id, which
 * names nobody once that sign-in is anonymised.
 */
@ApplicationScoped
public class DocumentPersonalData implements PersonalData {

    static final ExportPart DOCUMENTS = ExportPart.list("documents");

    @Inject
    SubjectDocuments documents;

    @Override
    public String module() {
        return DocumentsModule.NAME;
    }

    @Override
    public List<ExportPart> parts() {
        return List.of(DOCUMENTS);
    }

    @Override
    public void export(DataSubject subject, ExportPart part, Consumer<Object> records) {
        if (!DOCUMENTS.equals(part)) {
            throw new IllegalArgumentException("module-documents exports no part " + part.name());
        }
        documents.forEachBatch(subject, batch -> batch.stream().map(ListedDocument::of).forEach(records));
    }

    @Override
    public List<ErasureHold> holds(DataSubject subject) {
        return List.of();
    }

    /** Nothing to anonymise: see the class comment. */
    @Override
    public Map<String, Integer> erase(DataSubject subject) {
        return Map.of();
    }
}
