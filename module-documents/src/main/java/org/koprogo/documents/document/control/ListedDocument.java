package org.koprogo.documents.document.control;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.koprogo.core.rest.boundary.ApiPath;
import org.koprogo.documents.document.entity.Document;
import org.koprogo.documents.document.entity.DocumentType;

/**
 * A document in a person's personal-data export (part {@code documents}): what it is and where to download it,
 * never its content, which may be large and is the co-ownership's record.
 */
public record ListedDocument(UUID id, UUID buildingId, String title, DocumentType documentType, String fileName,
                             String mimeType, long fileSize, UUID meetingId, UUID expenseId,
                             OffsetDateTime uploadedAt, String downloadUrl) {

    static ListedDocument of(Document d) {
        return new ListedDocument(d.getId(), d.getBuildingId(), d.getTitle(), d.getDocumentType(), d.getFileName(),
                d.getMimeType(), d.getFileSize(), d.getMeetingId(), d.getExpenseId(), d.getCreatedAt(),
                "/" + ApiPath.ROOT + "/documents/" + d.getId() + "/download");
    }
}
