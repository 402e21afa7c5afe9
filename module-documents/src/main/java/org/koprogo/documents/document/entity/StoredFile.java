package org.koprogo.documents.document.entity;

import java.util.UUID;

/** An uploaded file once stored: the content it shares, its hash and size, its name and checked type. */
public record StoredFile(UUID contentId, String sha256, long size, String name, String mimeType) {
}
