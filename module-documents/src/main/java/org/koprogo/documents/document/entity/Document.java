package org.koprogo.documents.document.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.koprogo.core.database.boundary.NullableUuid;
import org.koprogo.core.database.boundary.Timestamps;

/**
 * A file of a building's co-ownership: what it is, who uploaded it, and its content, stored apart and shared by
 * every document of the organization with the same bytes. It may be linked to one meeting and one expense of its
 * building.
 */
@Entity
@Table(name = "documents")
public class Document {

    public static final String SELECT_JPQL = "select d from Document d";
    public static final String COUNT_JPQL = "select count(d) from Document d";

    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "building_id", nullable = false, updatable = false)
    private UUID buildingId;

    @Column(name = "document_type", updatable = false)
    @Convert(converter = DocumentType.Column.class)
    private DocumentType documentType;

    @Column(updatable = false)
    private String title;

    @Column(updatable = false)
    private String description;

    @Column(name = "file_name", updatable = false)
    private String fileName;

    @Column(name = "mime_type", updatable = false)
    private String mimeType;

    @Column(name = "file_size", updatable = false)
    private long fileSize;

    @Column(updatable = false)
    private String sha256;

    @Column(name = "content_id", updatable = false)
    private UUID contentId;

    @Column(name = "uploaded_by", updatable = false)
    private UUID uploadedBy;

    @Column(name = "meeting_id")
    @Convert(converter = NullableUuid.class)
    private UUID meetingId;

    @Column(name = "expense_id")
    @Convert(converter = NullableUuid.class)
    private UUID expenseId;

    @Version
    private int version;

    @Column(name = "created_at", updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected Document() {
        // JPA
    }

    public Document(UUID organizationId, UUID buildingId, UploadForm.Described what, StoredFile file, UUID uploadedBy) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.buildingId = buildingId;
        this.documentType = what.type();
        this.title = what.title();
        this.description = what.description();
        this.fileName = file.name();
        this.mimeType = file.mimeType();
        this.fileSize = file.size();
        this.sha256 = file.sha256();
        this.contentId = file.contentId();
        this.uploadedBy = uploadedBy;
        this.createdAt = Timestamps.now();
        this.updatedAt = createdAt;
    }

    public void linkMeeting(UUID meeting) {
        this.meetingId = meeting;
        this.updatedAt = Timestamps.now();
    }

    public void linkExpense(UUID expense) {
        this.expenseId = expense;
        this.updatedAt = Timestamps.now();
    }

    public UUID getId() {
        return id;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getBuildingId() {
        return buildingId;
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMimeType() {
        return mimeType;
    }

    public long getFileSize() {
        return fileSize;
    }

    public String getSha256() {
        return sha256;
    }

    public UUID getContentId() {
        return contentId;
    }

    public UUID getUploadedBy() {
        return uploadedBy;
    }

    public UUID getMeetingId() {
        return meetingId;
    }

    public UUID getExpenseId() {
        return expenseId;
    }

    public int getVersion() {
        return version;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
