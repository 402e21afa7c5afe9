package org.koprogo.documents.document.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.koprogo.core.refusal.boundary.InvalidInput;

/** A form field's value: UTF-8 text, short (a field is never a file). */
final class FormField {

    static final int MAX_BYTES = 16 * 1024;

    private FormField() {
    }

    static String text(String name, InputStream content) throws IOException {
        byte[] bytes = content.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw InvalidInput.inParameter(name, "must be at most " + MAX_BYTES + " bytes");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
