package org.koprogo.gdpr.rights.boundary;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;

/**
 * The export's shape as /openapi gives it; the export itself is streamed, never built as this record. Between
 * {@code export_date} and {@code total_items} (the records written), each enabled module's parts: {@code user},
 * {@code owners}, {@code units}, {@code expenses}, {@code meetings}, {@code proxies_held}, {@code documents}…
 */
public record ExportDocument(OffsetDateTime exportDate, @JsonAnyGetter Map<String, Object> parts,
                             long totalItems) {
}
