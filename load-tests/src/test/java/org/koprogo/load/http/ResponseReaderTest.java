package org.koprogo.load.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ResponseReaderTest {

    private final Response response = new Response();

    @Test
    void readsABodyByContentLengthAndLeavesTheNextResponseInTheStream() throws IOException {
        ResponseReader reader = reader("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
                + "content-length: 9\r\n\r\n{\"id\":12}HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n[]");

        reader.read(response);
        assertEquals(201, response.status());
        assertEquals("{\"id\":12}", response.bodyText());
        assertTrue(response.keepAlive());

        reader.read(response);
        assertEquals(200, response.status());
        assertEquals("[]", response.bodyText());
    }

    @Test
    void joinsChunksSkippingExtensionsAndTrailers() throws IOException {
        reader("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "4;name=value\r\nWiki\r\n"
                + "B\r\npedia in \r\n\r\n"
                + "0\r\nExpires: never\r\n\r\n").read(response);

        assertEquals(200, response.status());
        assertEquals("Wikipedia in \r\n", response.bodyText());
        assertTrue(response.keepAlive());
    }

    @Test
    void parsesTheSameWhenBytesArriveOneAtATime() throws IOException {
        String chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n";
        ResponseReader reader = new ResponseReader(oneByteAtATime(chunked + chunked));

        reader.read(response);
        assertEquals("abc", response.bodyText());
        reader.read(response);
        assertEquals("abc", response.bodyText());
    }

    @Test
    void growsTheBodyBufferForLargeBodies() throws IOException {
        byte[] large = new byte[100_000];
        Arrays.fill(large, (byte) 'x');
        reader("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + new String(large, StandardCharsets.US_ASCII))
                .read(response);

        assertArrayEquals(large, Arrays.copyOf(response.body(), response.bodyLength()));
    }

    @Test
    void connectionCloseEndsKeepAlive() throws IOException {
        reader("HTTP/1.1 503 Service Unavailable\r\nConnection: Close\r\nContent-Length: 0\r\n\r\n").read(response);

        assertEquals(503, response.status());
        assertFalse(response.keepAlive());
    }

    @Test
    void aBodyWithoutLengthRunsToTheClose() throws IOException {
        reader("HTTP/1.1 200 OK\r\n\r\nall of it").read(response);

        assertEquals("all of it", response.bodyText());
        assertFalse(response.keepAlive());
    }

    @Test
    void noContentHasNoBodyEvenWithoutALength() throws IOException {
        ResponseReader reader = reader("HTTP/1.1 204 No Content\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx");

        reader.read(response);
        assertEquals(204, response.status());
        assertEquals(0, response.bodyLength());
        reader.read(response);
        assertEquals("x", response.bodyText());
    }

    @Test
    void anEmptyStreamIsAConnectionClosedBeforeTheResponse() {
        assertThrows(ResponseReader.ClosedBeforeResponse.class, () -> reader("").read(response));
    }

    @Test
    void aBodyCutShortIsAnErrorButNotAStaleConnection() {
        IOException failure = assertThrows(IOException.class,
                () -> reader("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort").read(response));

        assertFalse(failure instanceof ResponseReader.ClosedBeforeResponse);
    }

    @Test
    void readsRetryAfterInSecondsAndForgetsItAtTheNextResponse() throws IOException {
        ResponseReader reader = reader("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 3\r\n"
                + "Content-Length: 0\r\n\r\nHTTP/1.1 503 X\r\nretry-after: Wed, 21 Oct 2026 07:28:00 GMT\r\n"
                + "Content-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");

        reader.read(response);
        assertEquals(3, response.retryAfterSeconds());
        reader.read(response);
        assertEquals(Response.NO_RETRY_AFTER, response.retryAfterSeconds(), "an HTTP date is not honoured");
        reader.read(response);
        assertEquals(Response.NO_RETRY_AFTER, response.retryAfterSeconds());
    }

    @Test
    void rejectsWhatIsNotAStatusLine() {
        assertThrows(IOException.class, () -> reader("SSH-2.0-OpenSSH\r\n\r\n").read(response));
    }

    private static ResponseReader reader(String raw) {
        return new ResponseReader(new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static InputStream oneByteAtATime(String raw) {
        return new FilterInputStream(new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1))) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(1, length));
            }
        };
    }
}
