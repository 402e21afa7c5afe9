package org.koprogo.documents.document.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.koprogo.documents.document.entity.Document;
import org.koprogo.documents.document.entity.DocumentType;

/**
 * A document as KoproGo's clients read it (its content is at {@code /download}), with its organization as the
 * platform's other resources have, and the content's SHA-256 (the download's ETag).
 */
public record DocumentResponse(UUID id, UUID organizationId, UUID buildingId, DocumentType documentType,
                               String title, String description, String fileName, String mimeType, long fileSize,
                               BigDecimal fileSizeMb, String sha256, UUID uploadedBy, UUID meetingId,
                               UUID expenseId, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024 * 1024);

    public static DocumentResponse of(Document d) {
        return new DocumentResponse(d.getId(), d.getOrganizationId(), d.getBuildingId(), d.getDocumentType(),
                d.getTitle(), d.getDescription(), d.getFileName(), d.getMimeType(), d.getFileSize(),
                BigDecimal.valueOf(d.getFileSize()).divide(MEGABYTE, 2, RoundingMode.HALF_UP), d.getSha256(),
                d.getUploadedBy(), d.getMeetingId(), d.getExpenseId(), d.getCreatedAt(), d.getUpdatedAt());
    }
}
