package org.koprogo.documents.document.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koprogo.core.paging.boundary.JpaPages;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageRequest;
import org.koprogo.core.property.boundary.BuildingRecords;
import org.koprogo.core.property.boundary.BuildingRecords.RecordRef;
import org.koprogo.core.property.boundary.PropertyDirectory;
import org.koprogo.core.property.boundary.PropertyDirectory.BuildingRef;
import org.koprogo.core.refusal.boundary.InvalidInput;
import org.koprogo.core.refusal.boundary.NotFound;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.core.tenancy.boundary.Visibility;
import org.koprogo.documents.document.entity.Document;
import org.koprogo.documents.document.entity.FileNames;
import org.koprogo.documents.document.entity.StoredFile;
import org.koprogo.documents.document.entity.UploadForm;

/** The documents of the caller's buildings; a document belongs to its building's organization. */
@ApplicationScoped
public class DocumentStore {

    /** Wire names clients may sort by, each served by an index on (organization_id, column, id). */
    public static final Map<String, String> SORTS = Map.of("created_at", "d.createdAt");

    /** 5 GiB: a co-ownership's years of minutes, statements and invoices, with room to spare. */
    static final long DEFAULT_ORGANIZATION_STORAGE = 5L * 1024 * 1024 * 1024;

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Visibility visibility;

    @Inject
    PropertyDirectory property;

    @Inject
    Contents contents;

    /** Meetings and expenses, from the modules that keep them (none when they are not installed). */
    @Inject
    @Any
    Instance<BuildingRecords> records;

    @Inject
    @ConfigProperty(name = "KOPROGO_MAX_ORGANIZATION_STORAGE_BYTES", defaultValue = "" + DEFAULT_ORGANIZATION_STORAGE)
    long organizationCap;

    /**
     * @param buildingId only this building's documents, unless null
     * @param meetingId only the documents linked to this meeting, unless null
     * @param view what the page holds of each document
     */
    public <T> Page<T> list(UUID buildingId, UUID meetingId, PageRequest request, Function<Document, T> view) {
        return JpaPages.list(em, Document.class, Document.SELECT_JPQL, Document.COUNT_JPQL,
                visibility.where("d.organizationId", "d.buildingId")
                        .and("d.buildingId = :building", "building", buildingId)
                        .and("d.meetingId = :meeting", "meeting", meetingId),
                SORTS, "d.id", request, view);
    }

    /** KoproGo's per-meeting list; 404 unless the caller may read the meeting. */
    public <T> Page<T> ofMeeting(UUID meetingId, PageRequest request, Function<Document, T> view) {
        record(BuildingRecords.MEETING, meetingId)
                .filter(meeting -> visibility.canSee(meeting.organizationId(), meeting.buildingId()))
                .orElseThrow(() -> noRecord(BuildingRecords.MEETING, meetingId));
        return list(null, meetingId, request, view);
    }

    /** KoproGo's per-building list; 404 unless the caller may read the building. */
    public <T> Page<T> ofBuilding(UUID buildingId, PageRequest request, Function<Document, T> view) {
        property.building(buildingId)
                .filter(building -> visibility.canSee(building.organizationId(), building.id()))
                .orElseThrow(() -> noBuilding(buildingId));
        return list(buildingId, null, request, view);
    }

    /**
     * Stores the file and the document a multipart form describes, in one transaction: a bad field, a file over
     * the cap or of another kind than declared, leaves nothing behind.
     */
    @Transactional
    public Document upload(InputStream body, String boundary) {
        MultipartStream parts = new MultipartStream(body, boundary);
        UploadForm form = new UploadForm();
        BuildingRef building = null;
        Contents.Written written = null;
        String fileName = null;
        try {
            for (MultipartStream.Part part = parts.next(); part != null; part = parts.next()) {
                if (part.name().equals("file")) {
                    if (written != null) {
                        throw InvalidInput.inParameter("file", "only one file per document");
                    }
                    fileName = FileNames.stored(part.fileName());
                    written = contents.write(part.content(), part.contentType());
                } else if (form.take(part.name(), FormField.text(part.name(), part.content()))
                        && part.name().equals("building_id")) {
                    building = writable(form.buildingId());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
        }
        UploadForm.Described what = form.described();
        if (written == null) {
            throw InvalidInput.inParameter("file", "is required");
        }
        StoredFile file = contents.keep(written, building.organizationId(), fileName, organizationCap);
        Document document = new Document(building.organizationId(), building.id(), what, file, caller.userId());
        em.persist(document);
        em.flush();
        return document;
    }

    /** The document; 404 unless it exists and the caller may read it. */
    public Document readable(UUID id) {
        return Optional.ofNullable(em.find(Document.class, id))
                .filter(document -> visibility.canSee(document.getOrganizationId(), document.getBuildingId()))
                .orElseThrow(() -> notFound(id));
    }

    /** Deletes the document, and its content when no other document shares it. */
    @Transactional
    public void delete(UUID id) {
        Document document = locked(id);
        em.remove(document);
        em.flush();
        contents.release(document.getContentId());
    }

    /** Links the document to a meeting of its building. */
    @Transactional
    public Document linkMeeting(UUID id, UUID meetingId) {
        Document document = locked(id);
        document.linkMeeting(ofItsBuilding(document, BuildingRecords.MEETING, meetingId, "#/meeting_id"));
        em.flush(); // the new version, for the answer's ETag
        return document;
    }

    /** Links the document to an expense of its building. */
    @Transactional
    public Document linkExpense(UUID id, UUID expenseId) {
        Document document = locked(id);
        document.linkExpense(ofItsBuilding(document, BuildingRecords.EXPENSE, expenseId, "#/expense_id"));
        em.flush();
        return document;
    }

    /** The record's id: 404 unless the caller's organization holds it, 400 unless it is of the document's building. */
    private UUID ofItsBuilding(Document document, String kind, UUID recordId, String pointer) {
        RecordRef record = record(kind, recordId).filter(found -> caller.canSee(found.organizationId()))
                .orElseThrow(() -> noRecord(kind, recordId));
        if (!record.buildingId().equals(document.getBuildingId())) {
            throw InvalidInput.inBody(pointer, "must be a " + kind + " of the document's building "
                    + document.getBuildingId());
        }
        return record.id();
    }

    /** The record through the module that keeps records of that kind; empty when that module is absent. */
    private Optional<RecordRef> record(String kind, UUID id) {
        return records.stream().filter(kept -> kept.kind().equals(kind)).findFirst()
                .flatMap(kept -> kept.find(id));
    }

    /** The document locked for a write of this transaction; 404 unless the caller's organization holds it. */
    Document locked(UUID id) {
        return Optional.ofNullable(em.find(Document.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(found -> caller.canSee(found.getOrganizationId()))
                .orElseThrow(() -> notFound(id));
    }

    private BuildingRef writable(UUID buildingId) {
        return property.building(buildingId).filter(found -> caller.canSee(found.organizationId()))
                .orElseThrow(() -> noBuilding(buildingId));
    }

    private static NotFound notFound(UUID id) {
        return new NotFound("No document " + id);
    }

    private static NotFound noRecord(String kind, UUID id) {
        return new NotFound("No " + kind + " " + id);
    }

    private static NotFound noBuilding(UUID id) {
        return new NotFound("No building " + id);
    }
}
