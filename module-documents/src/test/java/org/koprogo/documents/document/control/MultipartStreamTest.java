package org.koprogo.documents.document.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.koprogo.core.refusal.boundary.InvalidInput;

class MultipartStreamTest {

    private static final String BOUNDARY = "----b0undary";

    @Test
    void readsFieldsAndAFileWhateverTheReadsSizes() throws IOException {
        byte[] file = new byte[300_000];
        new Random(1).nextBytes(file);
        // the delimiter's own bytes, nearly: a content may hold anything but the whole delimiter
        byte[] tricky = ("\r\n--" + BOUNDARY.substring(0, 8) + "\r\n-").getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(tricky, 0, file, 1000, tricky.length);
        byte[] body = concat("preamble\r\n--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"title\"\r\n\r\nPV 2025\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"pv.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n", file, "\r\n--" + BOUNDARY + "--\r\nepilogue");
        for (int readSize : new int[] {1, 7, 4096, 1 << 20}) {
            MultipartStream parts = new MultipartStream(trickle(body, readSize), BOUNDARY);
            MultipartStream.Part title = parts.next();
            assertEquals("title", title.name());
            assertNull(title.fileName());
            assertEquals("PV 2025", new String(title.content().readAllBytes(), StandardCharsets.UTF_8));
            MultipartStream.Part content = parts.next();
            assertEquals("file", content.name());
            assertEquals("pv.pdf", content.fileName());
            assertEquals("application/pdf", content.contentType());
            assertArrayEquals(file, content.content().readAllBytes(), "read " + readSize + " bytes at a time");
            assertNull(parts.next());
        }
    }

    @Test
    void aPartNotReadIsSkipped() throws IOException {
        byte[] body = concat("--" + BOUNDARY
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\n",
                new byte[100_000], "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n"
                        + "T\r\n--" + BOUNDARY + "--");
        MultipartStream parts = new MultipartStream(new ByteArrayInputStream(body), BOUNDARY);
        assertEquals("file", parts.next().name());
        MultipartStream.Part title = parts.next();
        assertEquals("title", title.name());
        assertEquals("T", new String(title.content().readAllBytes(), StandardCharsets.UTF_8));
        assertNull(parts.next());
    }

    @Test
    void aFileNameMayBeEncoded() throws IOException {
        byte[] body = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"fallback.pdf\";"
                + " filename*=UTF-8''Proc%C3%A8s-verbal.pdf\r\n\r\nx\r\n--" + BOUNDARY + "--")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Procès-verbal.pdf",
                new MultipartStream(new ByteArrayInputStream(body), BOUNDARY).next().fileName());
    }

    @Test
    void aTruncatedBodyIsA400() throws IOException {
        byte[] body = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno end")
                .getBytes(StandardCharsets.ISO_8859_1);
        MultipartStream.Part part = new MultipartStream(new ByteArrayInputStream(body), BOUNDARY).next();
        assertThrows(InvalidInput.class, () -> part.content().readAllBytes());
        byte[] headless = ("--" + BOUNDARY + "\r\nContent-Type: text/plain\r\n\r\nx\r\n--" + BOUNDARY + "--")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(InvalidInput.class,
                () -> new MultipartStream(new ByteArrayInputStream(headless), BOUNDARY).next());
        assertThrows(InvalidInput.class, () -> new MultipartStream(InputStream.nullInputStream(), BOUNDARY).next());
    }

    private static byte[] concat(String head, byte[] middle, String tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The body as a network gives it: at most {@code size} bytes per read. */
    private static InputStream trickle(byte[] body, int size) {
        return new FilterInputStream(new ByteArrayInputStream(body)) {
            @Override
            public int read(byte[] into, int offset, int length) throws IOException {
                return super.read(into, offset, Math.min(length, size));
            }
        };
    }
}
