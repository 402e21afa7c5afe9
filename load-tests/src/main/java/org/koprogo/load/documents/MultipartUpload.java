package org.koprogo.load.documents;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The {@code multipart/form-data} body of {@code POST /api/v1/documents} around a streamed file: the form fields
 * and the file part's headers, the file, the closing boundary. Its length is known beforehand, so the request
 * carries a Content-Length and the server can refuse an oversized one before reading it.
 */
final class MultipartUpload {

    private final String boundary = "koprogo-load-" + UUID.randomUUID();
    private final byte[] head;
    private final byte[] tail;
    private final long fileSize;

    MultipartUpload(String buildingId, String title, String fileName, long fileSize) {
        this.fileSize = fileSize;
        StringBuilder text = new StringBuilder();
        field(text, "building_id", buildingId);
        field(text, "document_type", "Other");
        field(text, "title", title);
        text.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: application/pdf\r\n\r\n");
        this.head = text.toString().getBytes(StandardCharsets.UTF_8);
        this.tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    long length() {
        return head.length + fileSize + tail.length;
    }

    /** The whole body, the file read from {@code file} (which must hold the size given) as it is sent. */
    InputStream body(InputStream file) {
        return new SequenceInputStream(Collections.enumeration(
                List.of(new ByteArrayInputStream(head), file, new ByteArrayInputStream(tail))));
    }

    private void field(StringBuilder text, String name, String value) {
        text.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(name)
                .append("\"\r\n\r\n").append(value).append("\r\n");
    }
}
