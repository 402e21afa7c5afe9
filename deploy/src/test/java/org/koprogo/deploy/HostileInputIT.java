package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Input an attacker sends, class by class: every answer a 4xx problem+json naming what is wrong, never a 500,
 * and the platform healthy afterwards (SharedPlatform also fails the run if its log shows an OutOfMemoryError).
 */
@ExtendWith(SharedPlatform.class)
class HostileInputIT {

    final RunningPlatform platform;
    final Api syndic;

    HostileInputIT(RunningPlatform platform) throws Exception {
        this.platform = platform;
        this.syndic = Api.admin(platform).newOrganizationSyndic();
    }

    @Test
    void gzipBombsAreRefusedUnreadAndThePlatformStaysHealthy() throws Exception {
        byte[] bomb = gzip("{\"email\":\"", 'a', 19_000_000, "@example.be\",\"password\":\"x\"}");
        assertTrue(bomb.length < 100_000, "a small request: " + bomb.length + " bytes");
        List<HttpResponse<String>> answers = new ArrayList<>();
        ExecutorService attackers = Executors.newFixedThreadPool(3);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                sent.add(attackers.submit(() -> sendGzip("POST", "/api/v1/auth/login", null, bomb)));
            }
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get());
            }
        } finally {
            attackers.shutdownNow();
        }
        for (HttpResponse<String> answer : answers) {
            assertProblem(answer, 415);
            assertEquals("identity", answer.headers().firstValue("Accept-Encoding").orElse(""));
        }
        assertEquals(200, Http.get(platform.uri("/health/ready")).statusCode());
        Api.admin(platform);
    }

    @Test
    void aCompressedBodyToAWorkflowStepIsRefused() throws Exception {
        String id = syndic.created("/api/v1/expenses", Property.expense(Property.buildingId(syndic), "12"))
                .getString("id");
        byte[] whitespace = gzip("", ' ', 900_000, "");
        assertProblem(sendGzip("PUT", "/api/v1/expenses/" + id + "/submit", syndic.token(), whitespace), 415);
        assertProblem(sendGzip("POST", "/api/v1/expenses/" + id + "/reject", syndic.token(),
                gzip("{\"rejection_reason\":\"", 'x', 10, "\"}")), 415);
        assertEquals("Draft", Http.json(syndic.get("/api/v1/expenses/" + id)).getString("approval_status"));
    }

    @Test
    void nulInABodyIsA400PointingAtTheMember() throws Exception {
        assertInvalid(Api.anonymous(platform).post("/api/v1/auth/login",
                "{\"email\":\"admin@koprogo.com\\u0000\",\"password\":\"admin123\"}"), "pointer", "#/email");
        assertInvalid(syndic.post("/api/v1/owners",
                Property.owner("Jean\\u0000", "nul." + Property.unique() + "@example.com")), "pointer", "#/first_name");
        assertInvalid(syndic.post("/api/v1/buildings", Property.building(1000).replace("Rue Haute", "Rue\\u0007Haute")),
                "pointer", "#/address");
    }

    @Test
    void aLoneSurrogateIsA400PointingAtTheMember() throws Exception {
        assertInvalid(syndic.post("/api/v1/owners", Property.owner("Jean\\ud800", "lone." + Property.unique()
                + "@example.com")), "pointer", "#/first_name");
    }

    @Test
    void controlCharactersInQueryParametersAreA400NamingTheParameter() throws Exception {
        assertInvalid(syndic.get("/api/v1/owners?search=ab%00cd"), "parameter", "search");
        assertInvalid(syndic.get("/api/v1/buildings?page=1&sort_by=%01name"), "parameter", "sort_by");
    }

    @Test
    void yearsBeyondTheDatabaseRangeAreA400InBodyAndQuery() throws Exception {
        String expense = Property.expense(Property.buildingId(syndic), "12")
                .replace("2025-10-30T00:00:00Z", "+300000-01-01T00:00:00Z");
        assertInvalid(syndic.post("/api/v1/expenses", expense), "pointer", "#/expense_date");
        assertInvalid(syndic.get("/api/v1/expenses?date_from=%2B300000-01-01T00:00:00Z"), "parameter", "date_from");
        assertInvalid(syndic.get("/api/v1/expenses?date_to=0000-12-31"), "parameter", "date_to");
    }

    @Test
    void lengthsAreMeasuredAfterLowerCasing() throws Exception {
        String dotted = "İ".repeat(255);
        assertInvalid(Api.anonymous(platform).post("/api/v1/auth/login",
                "{\"email\":\"" + dotted + "\",\"password\":\"x\"}"), "pointer", "#/email");
        String email = "İ".repeat(200) + "@example.be";
        assertInvalid(syndic.post("/api/v1/users", """
                {"email":"%s","password":"%s","first_name":"Jeanne","last_name":"Dupont","role":"accountant"}"""
                .formatted(email, Api.PASSWORD)), "pointer", "#/email");
        assertInvalid(syndic.post("/api/v1/owners", Property.owner("Jean", email)), "pointer", "#/email");
    }

    @Test
    void duplicateKeysAreA400PointingAtTheKey() throws Exception {
        assertInvalid(Api.anonymous(platform).post("/api/v1/auth/login",
                "{\"email\":\"x@example.be\",\"email\":\"admin@koprogo.com\",\"password\":\"admin123\"}"),
                "pointer", "#/email");
    }

    @Test
    void deepNestingIsA400() throws Exception {
        String deep = "{\"name\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        assertProblem(syndic.post("/api/v1/buildings", deep), 400);
    }

    @Test
    void hugeNumbersAreA400() throws Exception {
        String building = Property.building(1000);
        assertProblem(syndic.post("/api/v1/buildings", building.replace("\"total_units\":10",
                "\"total_units\":" + "9".repeat(5_000))), 400);
        assertInvalid(syndic.post("/api/v1/buildings", building.replace("\"total_units\":10",
                "\"total_units\":99999999999")), "pointer", "#/total_units");
        assertInvalid(syndic.post("/api/v1/expenses", Property.expense(Property.buildingId(syndic), "1e999999")),
                "pointer", "#/amount");
    }

    @Test
    void malformedHeadersAreA400NamingThem() throws Exception {
        String owner = Property.ownerId(syndic);
        String body = Property.owner("Jean", "header." + Property.unique() + "@example.com");
        Map<String, String> cases = Map.of("If-Match", "W/", "If-None-Match", "garbage", "Accept", ";;;",
                "Content-Type", ";;;");
        for (Map.Entry<String, String> header : cases.entrySet()) {
            HttpResponse<String> response = Http.send(HttpRequest.newBuilder(platform.uri("/api/v1/owners/" + owner))
                    .header("Authorization", "Bearer " + syndic.token())
                    .header(header.getKey(), header.getValue())
                    .PUT(HttpRequest.BodyPublishers.ofString(body)));
            JsonObject problem = assertProblem(response, 400);
            assertEquals("The " + header.getKey() + " header cannot be parsed", problem.getString("detail"));
        }
    }

    @Test
    void anAcceptEncodingThatCannotBeHonouredGetsAnUncompressedAnswer() throws Exception {
        for (String acceptEncoding : List.of("identity;q=0", "identity;q=0, *;q=0", ";;;", "gzip;q=abc")) {
            HttpResponse<String> response = Http.send(HttpRequest.newBuilder(platform.uri("/api/v1/modules"))
                    .header("Accept-Encoding", acceptEncoding));
            assertEquals(200, response.statusCode(), acceptEncoding + ": " + response.body());
            assertTrue(response.headers().firstValue("Content-Encoding").isEmpty(), acceptEncoding);
        }
        assertTrue(Http.json(Http.get(platform.uri("/api/v1/modules"))).containsKey("data"));
    }

    @Test
    void aMethodAPlainServletLacksIsA405NotA501() throws Exception {
        JsonObject problem = assertProblem(Http.send("PATCH", platform.uri("/metrics"), null, null), 405);
        assertEquals("Method PATCH is not allowed at /metrics", problem.getString("detail"));
        assertProblem(Http.send("PROPFIND", platform.uri("/nope"), null, null), 405);
    }

    /** Over HTTP/1.1, which Grizzly refused a body on GET or DELETE for, with an empty 400. */
    @Test
    void aBodyOnGetOrDeleteIsAnsweredByTheApplication() throws Exception {
        HttpResponse<String> list = Http.send(http11("GET", "/api/v1/buildings", "{\"a\":1}"));
        assertEquals(200, list.statusCode(), list::body);
        assertTrue(Http.json(list).containsKey("data"), list.body());
        assertProblem(Http.send(http11("DELETE", "/api/v1/buildings/" + UUID.randomUUID(), "{\"a\":1}")), 404);
        assertProblem(Http.send(http11("DELETE", "/api/v1/health", "{\"a\":1}")), 405);
        assertProblem(Http.send(http11("GET", "/api/v1/health", " ".repeat(2 * 1024 * 1024))), 413);
    }

    /**
     * A body no one reads, on GET as on POST, is drained only up to the listener's bound (4 MiB), then the
     * connection closes: a client streaming without end stops being read long before it has sent it all.
     */
    @Test
    void anEndlessChunkedBodyIsNotReadToItsEnd() throws Exception {
        long endless = 256L * 1024 * 1024;
        for (String path : List.of("/health", "/api/v1/health")) {
            try (Socket socket = new Socket("localhost", platform.uri("/").getPort())) {
                ExecutorService reader = Executors.newSingleThreadExecutor();
                try {
                    Future<String> statusLine = reader.submit(() -> firstLine(socket.getInputStream()));
                    long sent = sendChunked(socket.getOutputStream(), "GET " + path, endless);
                    assertTrue(sent < endless / 4, path + ": the server read " + sent + " bytes of an endless body");
                    assertTrue(statusLine.get().matches("HTTP/1\\.1 (200|413) .*"), path + ": " + statusLine.get());
                } finally {
                    reader.shutdownNow();
                }
            }
        }
        assertEquals(200, Http.get(platform.uri("/health/ready")).statusCode());
    }

    /**
     * An upgrade request (Connection: Upgrade) without Content-Length or Transfer-Encoding has no body (RFC 9112),
     * but Grizzly hands the application a body that runs until the connection closes: waiting for it held a request
     * thread for 30 s, then answered 500. The socket's read timeout only bounds a hang, it measures nothing.
     */
    @Test
    void anUpgradeRequestIsAnsweredAtOnceAsOneWithoutBody() throws Exception {
        for (String request : List.of("GET /api/v1/health", "POST /api/v1/auth/login")) {
            try (Socket socket = new Socket("localhost", platform.uri("/").getPort())) {
                socket.setSoTimeout(20_000);
                socket.getOutputStream().write((request + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nConnection: Upgrade\r\nUpgrade: foo\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String status = firstLine(socket.getInputStream());
                String expected = request.startsWith("GET") ? "HTTP/1.1 200 .*" : "HTTP/1.1 400 .*";
                assertTrue(status.matches(expected), request + ": " + status);
            }
        }
    }

    @Test
    void traceIsA405ProblemThatNeverEchoesTheRequest() throws Exception {
        String marker = "trace-probe-" + Property.unique();
        for (String path : List.of("/api/v1/health", "/api/v1/buildings", "/api/v1/auth/login", "/health",
                "/health/ready", "/metrics", "/openapi", "/mpmetrics", "/nope", "/api/v1/nope")) {
            HttpResponse<String> response = Http.send(HttpRequest.newBuilder(platform.uri(path))
                    .header("Authorization", "Bearer " + syndic.token())
                    .header("Cookie", "probe=" + marker)
                    .header("X-Probe", marker)
                    .method("TRACE", HttpRequest.BodyPublishers.noBody()));
            String answer = response.headers().map() + "\n" + response.body();
            assertFalse(answer.contains(marker) || answer.contains(syndic.token()), path + " echoed: " + answer);
            if (path.equals("/api/v1/nope")) {
                assertProblem(response, 404);
                continue;
            }
            assertProblem(response, 405);
            String allow = response.headers().firstValue("Allow").orElse("");
            assertTrue(!allow.isEmpty() && !allow.contains("TRACE"), path + ": Allow " + allow);
        }
    }

    /**
     * The one class of hostile request the platform cannot answer with a problem: Payara refuses a path that does
     * not decode (NUL, bytes that are not UTF-8, ".." above the root) before any application code runs, with a 400
     * and no body; FuzzFindings.refusedByTheContainer says where. Asserted exactly, so that a Payara that changes it
     * is noticed. Over HTTP/1.1, as the fuzz walk sends: on an HTTP/2 connection Grizzly lets bytes that are not UTF-8
     * through to the application, NUL and ".." above the root not.
     */
    @Test
    void aPathThatDoesNotDecodeIsAnEmpty400FromTheContainer() throws Exception {
        for (String path : List.of("/api/v1/%00", "/api/v1/buildings/abc%00def", "/api/v1/buildings/%C3%28",
                "/api/v1/%ED%A0%80", "/api/v1/buildings/%C0%AE%C0%AE", "/metrics/..%2f..%2f")) {
            assertTrue(FuzzFindings.refusedByTheContainer(path), path);
            HttpResponse<String> response = Http.send(HttpRequest.newBuilder(platform.uri(path))
                    .version(HttpClient.Version.HTTP_1_1)
                    .header("Authorization", "Bearer " + syndic.token()));
            assertEquals(400, response.statusCode(), path);
            assertEquals("", response.body(), path);
            assertTrue(response.headers().firstValue("Content-Type").isEmpty(), path);
        }
        String decodes = "/api/v1/buildings/%C4%B0";
        assertFalse(FuzzFindings.refusedByTheContainer(decodes));
        assertProblem(syndic.get(decodes), 404);
    }

    /**
     * A '%' that starts no escape once got an empty 200 and a SEVERE stack trace (Grizzly's decoder threw). Sent
     * over a socket: java.net.URI refuses to build such a path.
     */
    @Test
    void aStrayPercentInThePathIsTheApplicationsProblem() throws Exception {
        for (String path : List.of("/%zz", "/api/v1/%4", "/api/v1/buildings/%zz", "/api/v1/buildings/a%g1/..", "/%")) {
            try (Socket socket = new Socket("localhost", platform.uri("/").getPort())) {
                socket.setSoTimeout(20_000);
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                        + syndic.token() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(answer.matches("(?s)HTTP/1\\.1 (400|404) .*"), path + ": " + answer);
                assertTrue(answer.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"),
                        path + ": " + answer);
            }
        }
    }

    /** Sent raw, a dot segment once got a 200 with no body, or a 401 despite a valid token, depending on the route. */
    @Test
    void aPathWithDotSegmentsIsA400Problem() throws Exception {
        for (String path : List.of("/api/v1/buildings/.", "/api/v1/organizations/.", "/api/v1/./buildings",
                "/api/v1/buildings/x/..", "/api/v1/expenses/%2e")) {
            for (String token : new String[] {syndic.token(), null}) {
                HttpRequest.Builder request = HttpRequest.newBuilder(platform.uri(path));
                if (token != null) {
                    request.header("Authorization", "Bearer " + token);
                }
                JsonObject problem = assertProblem(Http.send(request), 400);
                assertTrue(problem.getString("detail").contains("'.' or '..' segment"), path + ": " + problem);
            }
        }
    }

    /**
     * Grizzly sizes the buffer it normalizes a path in to the longest path its request object has seen, and a
     * trailing dot segment needs one byte more: each of these paths is longer than any sent before, so without
     * the launcher's TrailingDotSegmentRepair each got an empty 200 and a SEVERE stack trace in the log.
     */
    @Test
    void aTrailingDotSegmentLongerThanAnyPathBeforeIsA400Problem() throws Exception {
        for (int length = 6400; length < 6416; length++) {
            String dots = length % 2 == 0 ? "/." : "/..";
            // HTTP/1.1 as curl and browsers send it (an HTTP/2 header this long would stay in the shared
            // client's header table and spoil its next requests)
            HttpRequest.Builder request = HttpRequest.newBuilder(platform.uri("/api/v1/" + "d".repeat(length) + dots))
                    .version(HttpClient.Version.HTTP_1_1).header("Authorization", "Bearer " + syndic.token());
            JsonObject problem = assertProblem(Http.send(request), 400);
            assertTrue(problem.getString("detail").contains("'.' or '..' segment"), problem.toString());
        }
    }

    /** A 400 whose errors[] names the member (pointer) or the query parameter (parameter). */
    private static void assertInvalid(HttpResponse<String> response, String kind, String name) {
        JsonObject problem = assertProblem(response, 400);
        assertTrue(problem.containsKey("errors"), problem.toString());
        List<String> named = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(error -> error.containsKey(kind)).map(error -> error.getString(kind)).toList();
        assertTrue(named.contains(name), () -> kind + " " + name + " expected in " + problem);
    }

    private HttpResponse<String> sendGzip(String method, String path, String token, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(platform.uri(path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json")
                .header("Content-Encoding", "gzip");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Http.send(request);
    }

    /** The gzip of prefix, then {@code count} times {@code filler}, then suffix, without holding it uncompressed. */
    private static byte[] gzip(String prefix, char filler, int count, String suffix) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(prefix.getBytes(StandardCharsets.UTF_8));
            byte[] chunk = String.valueOf(filler).repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
            for (int left = count; left > 0; left -= chunk.length) {
                out.write(chunk, 0, Math.min(left, chunk.length));
            }
            out.write(suffix.getBytes(StandardCharsets.UTF_8));
        }
        return compressed.toByteArray();
    }

    /** A JSON request of the syndic over HTTP/1.1. */
    private HttpRequest.Builder http11(String method, String path, String json) {
        return HttpRequest.newBuilder(platform.uri(path))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Authorization", "Bearer " + syndic.token())
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
    }

    /** Sends a request head then a chunked body of up to {@code size} bytes; how many it could send. */
    private static long sendChunked(OutputStream out, String requestLine, long size) {
        byte[] chunk = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        byte[] frame = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        long sent = 0;
        try {
            out.write((requestLine + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            while (sent < size) {
                out.write(frame);
                out.write(chunk);
                out.write('\r');
                out.write('\n');
                sent += chunk.length;
            }
        } catch (IOException closedByTheServer) {
            // it stopped reading: what was sent so far is the answer
        }
        return sent;
    }

    private static String firstLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\r' && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString();
    }
}
