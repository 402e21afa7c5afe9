package org.koprogo.load.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Parses HTTP/1.1 responses from a connection's input: status line, the three headers that frame the body
 * (Content-Length, Transfer-Encoding, Connection) and Retry-After (what a client waits before retrying), then the
 * body by length, in chunks, or up to the close.
 * Header lines are matched as bytes, so a response allocates nothing.
 */
final class ResponseReader {

    private static final byte[] CONTENT_LENGTH = ascii("content-length");
    private static final byte[] TRANSFER_ENCODING = ascii("transfer-encoding");
    private static final byte[] CONNECTION = ascii("connection");
    private static final byte[] RETRY_AFTER = ascii("retry-after");
    private static final byte[] CHUNKED = ascii("chunked");
    private static final byte[] CLOSE = ascii("close");

    private final InputStream in;
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;
    private final byte[] line = new byte[8 * 1024];
    private int lineLength;

    ResponseReader(InputStream in) {
        this.in = in;
    }

    /** Thrown when the server closed the connection before sending a byte: a keep-alive connection gone stale. */
    static final class ClosedBeforeResponse extends IOException {
        ClosedBeforeResponse() {
            super("connection closed before a response");
        }
    }

    void read(Response target) throws IOException {
        if (!readLine()) {
            throw new ClosedBeforeResponse();
        }
        target.start(statusCode());
        long contentLength = -1;
        boolean chunked = false;
        while (true) {
            if (!readLine()) {
                throw new IOException("connection closed inside the headers");
            }
            if (lineLength == 0) {
                break;
            }
            int colon = indexOf((byte) ':', 0);
            if (colon < 0) {
                throw new IOException("malformed header line");
            }
            if (nameIs(CONTENT_LENGTH, colon)) {
                contentLength = parseDecimal(colon + 1);
            } else if (nameIs(TRANSFER_ENCODING, colon)) {
                chunked = valueContains(CHUNKED, colon + 1);
            } else if (nameIs(CONNECTION, colon) && valueContains(CLOSE, colon + 1)) {
                target.closeAfter();
            } else if (nameIs(RETRY_AFTER, colon)) {
                retryAfter(target, colon + 1);
            }
        }
        int status = target.status();
        if (status == 204 || status == 304 || status < 200) {
            return;
        }
        if (chunked) {
            readChunks(target);
        } else if (contentLength >= 0) {
            readBody(target, contentLength);
        } else {
            readUntilClose(target);
        }
    }

    /** Delay-seconds only: an HTTP date (which no server of ours sends) counts as no header. */
    private void retryAfter(Response target, int from) {
        try {
            target.retryAfter((int) Math.min(Integer.MAX_VALUE, parseDecimal(from)));
        } catch (IOException notSeconds) {
            target.retryAfter(Response.NO_RETRY_AFTER);
        }
    }

    private int statusCode() throws IOException {
        // "HTTP/1.1 200 OK": the code is the three digits after the first space.
        int space = indexOf((byte) ' ', 0);
        if (lineLength < 5 || line[0] != 'H' || space < 0 || space + 4 > lineLength) {
            throw new IOException("malformed status line");
        }
        int code = 0;
        for (int i = space + 1; i < space + 4; i++) {
            int digit = line[i] - '0';
            if (digit < 0 || digit > 9) {
                throw new IOException("malformed status code");
            }
            code = code * 10 + digit;
        }
        return code;
    }

    private void readChunks(Response target) throws IOException {
        while (true) {
            if (!readLine()) {
                throw new IOException("connection closed before a chunk size");
            }
            long size = parseHex();
            if (size == 0) {
                // Trailer fields, if any, up to the empty line.
                do {
                    if (!readLine()) {
                        throw new IOException("connection closed inside the trailer");
                    }
                } while (lineLength > 0);
                return;
            }
            readBody(target, size);
            if (!readLine() || lineLength != 0) {
                throw new IOException("chunk not followed by CRLF");
            }
        }
    }

    private void readBody(Response target, long length) throws IOException {
        if (length > Integer.MAX_VALUE - 16) {
            throw new IOException("body too large: " + length);
        }
        int remaining = (int) length;
        byte[] body = target.reserve(remaining);
        while (remaining > 0) {
            if (position == limit && !fill()) {
                throw new IOException("connection closed inside the body");
            }
            int count = Math.min(remaining, limit - position);
            System.arraycopy(buffer, position, body, target.bodyLength(), count);
            position += count;
            target.appended(count);
            remaining -= count;
        }
    }

    private void readUntilClose(Response target) throws IOException {
        target.closeAfter();
        while (position < limit || fill()) {
            int count = limit - position;
            byte[] body = target.reserve(count);
            System.arraycopy(buffer, position, body, target.bodyLength(), count);
            target.appended(count);
            position = limit;
        }
    }

    /** Reads one line without its CR LF into {@link #line}; false at the end of the stream before any byte. */
    private boolean readLine() throws IOException {
        lineLength = 0;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (any) {
                    throw new IOException("connection closed inside a line");
                }
                return false;
            }
            any = true;
            byte b = buffer[position++];
            if (b == '\n') {
                if (lineLength > 0 && line[lineLength - 1] == '\r') {
                    lineLength--;
                }
                return true;
            }
            if (lineLength == line.length) {
                throw new IOException("line longer than " + line.length + " bytes");
            }
            line[lineLength++] = b;
        }
    }

    private boolean fill() throws IOException {
        int count = in.read(buffer);
        if (count <= 0) {
            return false;
        }
        position = 0;
        limit = count;
        return true;
    }

    private int indexOf(byte wanted, int from) {
        for (int i = from; i < lineLength; i++) {
            if (line[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private boolean nameIs(byte[] lowerName, int colon) {
        if (colon != lowerName.length) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            if (lower(line[i]) != lowerName[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean valueContains(byte[] lowerWord, int from) {
        outer:
        for (int start = from; start + lowerWord.length <= lineLength; start++) {
            for (int i = 0; i < lowerWord.length; i++) {
                if (lower(line[start + i]) != lowerWord[i]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private long parseDecimal(int from) throws IOException {
        long value = 0;
        boolean digits = false;
        for (int i = from; i < lineLength; i++) {
            byte b = line[i];
            if (b >= '0' && b <= '9') {
                value = value * 10 + (b - '0');
                digits = true;
            } else if (b != ' ' && b != '\t') {
                throw new IOException("malformed Content-Length");
            }
        }
        if (!digits) {
            throw new IOException("empty Content-Length");
        }
        return value;
    }

    /** A chunk-size line: hex digits, optionally followed by ";extension". */
    private long parseHex() throws IOException {
        long value = 0;
        int i = 0;
        for (; i < lineLength; i++) {
            int digit = Character.digit(line[i], 16);
            if (digit < 0) {
                break;
            }
            value = value * 16 + digit;
        }
        if (i == 0 || (i < lineLength && line[i] != ';' && line[i] != ' ')) {
            throw new IOException("malformed chunk size");
        }
        return value;
    }

    private static byte lower(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
