package org.koprogo.documents.document.boundary;

import java.io.InputStream;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.koprogo.documents.document.entity.DocumentType;
import org.koprogo.documents.document.entity.UploadForm;

/**
 * The fields of an upload form as {@code /openapi} lists them; the resource reads them as they stream in
 * ({@code UploadForm} checks each), so this record is never built.
 */
record UploadFields(@NotNull InputStream file,
                    @NotNull UUID buildingId,
                    @NotNull DocumentType documentType,
                    @NotNull @Size(min = 1, max = UploadForm.MAX_TITLE) String title,
                    @Size(max = UploadForm.MAX_DESCRIPTION) String description) {
}
