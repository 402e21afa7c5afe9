package org.koprogo.documents.document.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.koprogo.core.refusal.boundary.InvalidInput;

class ContentKindTest {

    private static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ZIP = "PK\u0003\u0004....".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] TEXT = "Bonjour\n".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void aDeclaredKindMustBeWhatTheBytesAre() {
        assertEquals("application/pdf", ContentKind.storedType("Application/PDF; name=x", PDF, PDF.length));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ContentKind.storedType("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        ZIP, ZIP.length));
        assertThrows(InvalidInput.class, () -> ContentKind.storedType("application/pdf", ZIP, ZIP.length));
        assertThrows(InvalidInput.class, () -> ContentKind.storedType("image/jpeg", TEXT, TEXT.length));
        assertThrows(InvalidInput.class, () -> ContentKind.storedType("application/pdf", PDF, 3), "too short");
    }

    @Test
    void bytesOfAKnownKindDeclaredAsNoneTakeTheirKindsType() {
        assertEquals("application/pdf", ContentKind.storedType(null, PDF, PDF.length));
        assertEquals("application/zip", ContentKind.storedType("application/octet-stream", ZIP, ZIP.length));
        assertEquals("text/plain", ContentKind.storedType("text/plain; charset=utf-8", TEXT, TEXT.length));
        assertEquals("application/octet-stream", ContentKind.storedType("not a type", TEXT, TEXT.length));
    }
}
