package org.koprogo.load.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class MultipartUploadTest {

    @Test
    void theBodyIsAsLongAsAnnouncedWithTheFieldsThenTheFileThenTheClosingBoundary() throws IOException {
        MultipartUpload form = new MultipartUpload("b-1", "Minutes", "load-1.pdf", 5_000);
        byte[] file = new GeneratedFile(5_000, 3).readAllBytes();
        byte[] body = form.body(new GeneratedFile(5_000, 3)).readAllBytes();
        assertEquals(form.length(), body.length);

        String boundary = form.contentType().substring(form.contentType().indexOf("boundary=") + 9);
        assertTrue(form.contentType().startsWith("multipart/form-data; boundary="));
        String text = new String(body, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("name=\"building_id\"\r\n\r\nb-1\r\n"), text.substring(0, 400));
        assertTrue(text.contains("name=\"document_type\"\r\n\r\nOther\r\n"));
        assertTrue(text.contains("name=\"title\"\r\n\r\nMinutes\r\n"));
        assertTrue(text.contains("name=\"file\"; filename=\"load-1.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"));
        String tail = "\r\n--" + boundary + "--\r\n";
        assertTrue(text.endsWith(tail));

        int fileStart = text.indexOf("application/pdf\r\n\r\n") + "application/pdf\r\n\r\n".length();
        assertArrayEquals(file, Arrays.copyOfRange(body, fileStart, body.length - tail.length()));
    }
}
