package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import javax.net.ssl.SSLSession;

import jakarta.json.JsonObject;

/**
 * Files up and down as a browser sends and fetches them: multipart/form-data streamed from a generator (never a
 * 50 MB array in the test), downloads hashed as they arrive. Each answer is checked against /openapi like any
 * other; the request body of an upload is multipart, which the contract's validator does not read.
 */
final class Uploads {

    static final String DOCUMENTS = "/api/v1/documents";
    static final String PDF_HEAD = "%PDF-1.7\n";

    private Uploads() {
    }

    /** A file: its name, declared type, and bytes made again on demand (a seed and a length: no memory). */
    record File(String name, String contentType, byte[] head, long seed, long size) {

        static File pdf(String name, long size, long seed) {
            return new File(name, "application/pdf", PDF_HEAD.getBytes(StandardCharsets.ISO_8859_1), seed, size);
        }

        InputStream open() {
            return new Generated(head, seed, size);
        }

        String sha256() throws IOException {
            return Uploads.sha256(open());
        }
    }

    /** A form: the file among its fields, where {@code fileAt} says (fields may come before or after it). */
    static final class Form {

        private final Map<String, String> fields = new LinkedHashMap<>();
        private File file;
        private int fileAt;
        private boolean chunked;
        private Duration pause = Duration.ZERO;

        static Form of(String buildingId, String type, String title) {
            return new Form().field("building_id", buildingId).field("document_type", type).field("title", title);
        }

        Form field(String name, String value) {
            fields.put(name, value);
            return this;
        }

        Form without(String name) {
            fields.remove(name);
            return this;
        }

        /** The file, after the fields so far. */
        Form file(File file) {
            this.file = file;
            this.fileAt = fields.size();
            return this;
        }

        /** The file first, then the fields. */
        Form fileFirst(File file) {
            this.file = file;
            this.fileAt = 0;
            return this;
        }

        /** Sent without Content-Length (chunked), as a client streaming from a source of unknown size does. */
        Form chunked() {
            this.chunked = true;
            return this;
        }

        /** Sent as a slow client sends it: a pause before each 64 KiB of the file (the fields go at once). */
        Form slowly(Duration pause) {
            this.pause = pause;
            return this;
        }

        HttpRequest.BodyPublisher publisher(String boundary) {
            List<byte[]> before = new ArrayList<>();
            List<byte[]> after = new ArrayList<>();
            int i = 0;
            for (Map.Entry<String, String> field : fields.entrySet()) {
                (i++ < fileAt || file == null ? before : after).add(part(boundary, field.getKey(), field.getValue()));
            }
            byte[] head = concat(before);
            byte[] fileHead = file == null ? new byte[0] : ("--" + boundary + "\r\nContent-Disposition: form-data;"
                    + " name=\"file\"; filename=\"" + file.name() + "\"\r\nContent-Type: " + file.contentType()
                    + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] tail = concat(after);
            byte[] fileEnd = file == null ? new byte[0] : "\r\n".getBytes(StandardCharsets.ISO_8859_1);
            byte[] close = ("--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
            long length = head.length + fileHead.length + (file == null ? 0 : file.size()) + fileEnd.length
                    + tail.length + close.length;
            Supplier<InputStream> body = () -> sequence(List.of(new ByteArrayInputStream(head),
                    new ByteArrayInputStream(fileHead), file == null ? InputStream.nullInputStream()
                            : pause.isZero() ? file.open() : new Slow(file.open(), pause),
                    new ByteArrayInputStream(fileEnd), new ByteArrayInputStream(tail),
                    new ByteArrayInputStream(close)));
            HttpRequest.BodyPublisher unknownLength = HttpRequest.BodyPublishers.ofInputStream(body);
            return chunked ? unknownLength : HttpRequest.BodyPublishers.fromPublisher(unknownLength, length);
        }

        private static byte[] part(String boundary, String name, String value) {
            return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                    + "\r\n").getBytes(StandardCharsets.UTF_8);
        }
    }

    /** POSTs the form; the answer, checked against /openapi. */
    static HttpResponse<String> upload(Api api, Form form) throws IOException, InterruptedException {
        HttpRequest built = request(api, form);
        HttpResponse<String> response = Http.CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
        assertNoViolation(Contract.answerViolations(built, response));
        return response;
    }

    /** POSTs the form in the background (a slow one, while the test does something else); its answer, checked. */
    static CompletableFuture<HttpResponse<String>> uploadInBackground(Api api, Form form) {
        HttpRequest built = request(api, form);
        return Http.CLIENT.sendAsync(built, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            try {
                assertNoViolation(Contract.answerViolations(built, response));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return response;
        });
    }

    /**
     * A document of 3 MiB sent 64 KiB at a time, {@code pause} before each, in the background: seconds on the wire.
     * Files are stored by the MiB, so its transaction is open, holding a connection, once the first MiB arrived.
     */
    static CompletableFuture<HttpResponse<String>> slowUpload(Api api, String buildingId, Duration pause) {
        return uploadInBackground(api, Form.of(buildingId, "MeetingMinutes", "PV de l'AG")
                .file(File.pdf("pv.pdf", 3 * 1024 * 1024, 5)).slowly(pause));
    }

    private static HttpRequest request(Api api, Form form) {
        String boundary = "----koprogo" + Long.toHexString(new Random().nextLong());
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(DOCUMENTS)).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(form.publisher(boundary));
        if (api.token() != null) {
            request.header("Authorization", "Bearer " + api.token());
        }
        return request.build();
    }

    /** Uploads and expects 201: the document. */
    static JsonObject uploaded(Api api, Form form) throws IOException, InterruptedException {
        HttpResponse<String> response = upload(api, form);
        assertEquals(201, response.statusCode(), response::body);
        return Http.json(response);
    }

    /** A download: status, headers, the body's SHA-256 and length, and the body as text when it is a problem. */
    record Download(int status, HttpHeaders headers, String sha256, long length, HttpResponse<String> asText) {

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    /** GETs the document's content with these request headers (name, value, ...), hashing it as it comes. */
    static Download download(Api api, String documentId, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(DOCUMENTS + "/" + documentId + "/download"))
                .timeout(Duration.ofMinutes(2)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (api.token() != null) {
            request.header("Authorization", "Bearer " + api.token());
        }
        HttpRequest built = request.build();
        HttpResponse<InputStream> response = Http.CLIENT.send(built, HttpResponse.BodyHandlers.ofInputStream());
        String text = "";
        String sha256;
        long[] length = {0};
        try (InputStream body = response.body()) {
            if (response.statusCode() >= 300) {
                byte[] bytes = body.readAllBytes();
                text = new String(bytes, StandardCharsets.UTF_8);
                length[0] = bytes.length;
                sha256 = sha256(new ByteArrayInputStream(bytes));
            } else {
                sha256 = sha256(new InputStream() {
                    @Override
                    public int read() throws IOException {
                        int b = body.read();
                        length[0] += b < 0 ? 0 : 1;
                        return b;
                    }

                    @Override
                    public int read(byte[] into, int offset, int count) throws IOException {
                        int n = body.read(into, offset, count);
                        length[0] += Math.max(n, 0);
                        return n;
                    }
                });
            }
        }
        // the file itself is not JSON: the contract checks status and headers, and a problem's body
        HttpResponse<String> asText = new TextAnswer(response, text);
        assertNoViolation(Contract.answerViolations(built, asText));
        return new Download(response.statusCode(), response.headers(), sha256, length[0], asText);
    }

    static String sha256(InputStream in) throws IOException {
        try (in) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNoViolation(String violations) {
        if (!violations.isEmpty()) {
            throw new AssertionError(violations);
        }
    }

    private static byte[] concat(List<byte[]> parts) {
        int length = parts.stream().mapToInt(part -> part.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static InputStream sequence(List<InputStream> streams) {
        return new SequenceInputStream(java.util.Collections.enumeration(streams));
    }

    /** {@code size} bytes: {@code head}, then pseudo-random ones from {@code seed} in blocks, the same each time. */
    private static final class Generated extends InputStream {

        private final byte[] head;
        private final Random random;
        private final long size;
        private final byte[] block = new byte[64 * 1024];
        private int blockAt = block.length;
        private long position;

        Generated(byte[] head, long seed, long size) {
            this.head = head;
            this.random = new Random(seed);
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++, position++) {
                if (position < head.length) {
                    into[offset + i] = head[(int) position];
                    continue;
                }
                if (blockAt == block.length) {
                    random.nextBytes(block);
                    blockAt = 0;
                }
                into[offset + i] = block[blockAt++];
            }
            return n;
        }
    }

    /** A stream that pauses before each {@link #STEP} bytes, as a client on a slow link sends them. */
    private static final class Slow extends InputStream {

        private static final int STEP = 64 * 1024;

        private final InputStream in;
        private final Duration pause;
        private long position;

        Slow(InputStream in, Duration pause) {
            this.in = in;
            this.pause = pause;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (position % STEP == 0) {
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while sending slowly");
                }
            }
            int n = in.read(into, offset, (int) Math.min(length, STEP - position % STEP));
            position += Math.max(n, 0);
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** A download's answer as the contract reads it: its status and headers, and the text given. */
    private record TextAnswer(HttpResponse<?> response, String body) implements HttpResponse<String> {

        @Override
        public int statusCode() {
            return response.statusCode();
        }

        @Override
        public HttpRequest request() {
            return response.request();
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return response.headers();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return response.sslSession();
        }

        @Override
        public java.net.URI uri() {
            return response.uri();
        }

        @Override
        public HttpClient.Version version() {
            return response.version();
        }
    }
}
