package org.koprogo.documents.document.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.koprogo.core.refusal.boundary.InvalidInput;

/**
 * A multipart/form-data body (RFC 7578) read part by part from the request's stream, each part's content itself a
 * stream that ends at the next boundary: nothing is held but a buffer of 64 KiB, however large the file.
 */
final class MultipartStream {

    private static final int BUFFER = 64 * 1024;
    private static final int MAX_HEADERS = 8 * 1024;

    /** A part's name, file name and declared type, and its content up to the next boundary. */
    record Part(String name, String fileName, String contentType, InputStream content) {
    }

    private final InputStream in;
    /** CRLF "--" boundary; the body's first boundary follows the CRLF this reader starts with. */
    private final byte[] delimiter;
    private final byte[] buffer;
    private int start;
    private int end;
    private boolean exhausted;
    private PartContent current;

    MultipartStream(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.buffer = new byte[BUFFER + delimiter.length];
        buffer[0] = '\r';
        buffer[1] = '\n';
        end = 2;
        current = new PartContent(); // the preamble, skipped
    }

    /** The next part, the previous one's rest skipped; null after the closing boundary. */
    Part next() throws IOException {
        current.skipRest();
        fill(2);
        if (end - start >= 2 && buffer[start] == '-' && buffer[start + 1] == '-') {
            return null;
        }
        Map<String, String> headers = headers();
        String disposition = headers.get("content-disposition");
        if (disposition == null || !disposition.toLowerCase(Locale.ROOT).startsWith("form-data")) {
            throw malformed("a part has no Content-Disposition: form-data");
        }
        Map<String, String> parameters = HeaderParameters.of(disposition);
        String name = parameters.get("name");
        if (name == null) {
            throw malformed("a part has no name");
        }
        current = new PartContent();
        // RFC 7578 4.2: filename* (RFC 8187) when a client sends it, the plain parameter when it is absent or unread
        String encoded = parameters.get("filename*");
        String fileName = encoded != null ? encoded : parameters.get("filename");
        return new Part(name, fileName, headers.get("content-type"), current);
    }

    /** Header lines up to the empty one, names in lower case; UTF-8, as browsers send file names. */
    private Map<String, String> headers() throws IOException {
        Map<String, String> headers = new HashMap<>();
        int read = 0;
        while (true) {
            String line = line();
            read += line.length() + 2;
            if (read > MAX_HEADERS) {
                throw malformed("a part's headers are longer than " + MAX_HEADERS + " bytes");
            }
            if (line.isEmpty()) {
                return headers;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw malformed("a part's header has no name");
            }
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
    }

    private String line() throws IOException {
        while (true) {
            for (int i = start; i + 1 < end; i++) {
                if (buffer[i] == '\r' && buffer[i + 1] == '\n') {
                    String line = new String(buffer, start, i - start, StandardCharsets.UTF_8);
                    start = i + 2;
                    return line;
                }
            }
            if (end - start >= MAX_HEADERS || !fill(end - start + 1)) {
                throw malformed("the body ends inside a part's headers");
            }
        }
    }

    /** Reads until at least {@code wanted} bytes are buffered or the body ends; whether they are. */
    private boolean fill(int wanted) throws IOException {
        while (end - start < wanted && !exhausted) {
            if (buffer.length - end < wanted - (end - start) || start > BUFFER / 2) {
                System.arraycopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }
            int n = in.read(buffer, end, buffer.length - end);
            if (n < 0) {
                exhausted = true;
            } else {
                end += n;
            }
        }
        return end - start >= wanted;
    }

    /** Where the delimiter starts in the buffered bytes, or -1. */
    private int delimiterAt() {
        byte first = delimiter[0];
        for (int i = start; i <= end - delimiter.length; i++) {
            if (buffer[i] == first && matches(i)) {
                return i;
            }
        }
        return -1;
    }

    private boolean matches(int at) {
        for (int j = 1; j < delimiter.length; j++) {
            if (buffer[at + j] != delimiter[j]) {
                return false;
            }
        }
        return true;
    }

    /** After a delimiter: "--" closes the body, otherwise padding and CRLF open the next part. */
    private void afterDelimiter() throws IOException {
        fill(2);
        if (end - start >= 2 && buffer[start] == '-' && buffer[start + 1] == '-') {
            return;
        }
        while (fill(1) && (buffer[start] == ' ' || buffer[start] == '\t')) {
            start++;
        }
        if (!fill(2) || buffer[start] != '\r' || buffer[start + 1] != '\n') {
            throw malformed("a boundary is not followed by CRLF");
        }
        start += 2;
    }

    private static InvalidInput malformed(String detail) {
        return InvalidInput.inParameter("file", "the multipart body is malformed: " + detail);
    }

    /** One part's bytes, up to (not including) the next delimiter. */
    private final class PartContent extends InputStream {

        private boolean done;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (done) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            fill(Math.min(buffer.length, delimiter.length + BUFFER / 4));
            int at = delimiterAt();
            int available;
            if (at >= 0) {
                available = at - start;
                if (available == 0) {
                    done = true;
                    start += delimiter.length;
                    afterDelimiter();
                    return -1;
                }
            } else {
                available = end - start - (delimiter.length - 1);
                if (available <= 0) {
                    throw malformed("the body ends before its closing boundary");
                }
            }
            int n = Math.min(length, available);
            System.arraycopy(buffer, start, into, offset, n);
            start += n;
            return n;
        }

        void skipRest() throws IOException {
            byte[] sink = new byte[8192];
            while (read(sink, 0, sink.length) >= 0) {
                // discarded
            }
        }
    }
}
