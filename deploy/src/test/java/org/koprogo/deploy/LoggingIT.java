package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParsingException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What operators read: with {@code KOPROGO_LOG_FORMAT=json} every line of the process is a JSON object, the lines
 * of a request carry its {@code X-Request-Id}, which every answer returns, and the access log
 * ({@code KOPROGO_ACCESS_LOG=true}) has a line a request. The default text log has none of Payara's start-up noise,
 * and the embedded PostgreSQL's own log is kept in the data directory.
 */
@ExtendWith(SharedPlatform.class)
class LoggingIT {

    private static final String ID = "X-Request-Id";
    private static final String GENERATED = "[A-Za-z0-9_-]{22}";

    @TempDir
    static Path work;

    private static RunningPlatform json;

    @BeforeAll
    static void start() throws Exception {
        json = RunningPlatform.start(work.resolve("data"),
                Map.of("KOPROGO_LOG_FORMAT", "json", "KOPROGO_ACCESS_LOG", "true"));
    }

    /** What is logged, or printed, while stopping is JSON too. */
    @AfterAll
    static void stop() throws Exception {
        RunningPlatform.closeAll(json);
        String log = json.log();
        assertTrue(log.contains("\"logger\":\"stdout\""), "Payara prints lines while stopping:\n" + log);
        log.lines().forEach(LoggingIT::parse);
    }

    @Test
    void anUnknownFormatIsRefused() throws Exception {
        RunningPlatform refused = RunningPlatform.startExpectingExit(work.resolve("refused"),
                Map.of("KOPROGO_LOG_FORMAT", "xml"));
        assertEquals(3, refused.exitCode());
        assertTrue(refused.log().contains("KOPROGO_LOG_FORMAT must be text or json, got 'xml'"), refused.log());
    }

    @Test
    void everyLineIsAJsonObjectWithTimeLevelLoggerMessageAndThread() throws Exception {
        String id = "every-line-1";
        Http.send(HttpRequest.newBuilder(json.uri("/api/v1/health")).header(ID, id));
        accessLine(id);
        List<String> lines = json.log().lines().toList();
        assertTrue(lines.size() > 20, "a start logs more than that:\n" + json.log());
        for (String line : lines) {
            JsonObject object = parse(line);
            assertTrue(object.getString("time").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), line);
            assertTrue(List.of("SEVERE", "WARNING", "INFO", "CONFIG", "FINE", "FINER", "FINEST")
                    .contains(object.getString("level")), line);
            assertTrue(object.containsKey("logger") && object.containsKey("message")
                    && object.containsKey("thread"), line);
        }
        assertTrue(lines.stream().map(LoggingIT::parse)
                .anyMatch(line -> line.getString("logger").startsWith("javax.enterprise.system")),
                "Payara's own lines are JSON too");
    }

    @Test
    void theClientsIdComesBackAndIsOnTheRequestsLines() throws Exception {
        HttpResponse<String> answer = Http.send(HttpRequest.newBuilder(json.uri("/api/v1/health"))
                .header(ID, "abc-123"));
        assertEquals(200, answer.statusCode());
        assertEquals(Optional.of("abc-123"), answer.headers().firstValue(ID));
        JsonObject access = accessLine("abc-123");
        assertEquals("GET", access.getString("method"));
        assertEquals("/api/v1/health", access.getString("route"));
        assertEquals(200, access.getInt("status"));
        assertTrue(access.getJsonNumber("duration_ms").longValue() >= 0);
        assertEquals("127.0.0.1", access.getString("client"));
        assertEquals("INFO", access.getString("level"));
        assertTrue(access.getString("message").startsWith("GET /api/v1/health 200 "), access.getString("message"));
    }

    @Test
    void aRequestWithoutAnIdOrWithAnUnusableOneGetsANewOne() throws Exception {
        HttpResponse<String> first = Http.get(json.uri("/api/v1/health"));
        HttpResponse<String> second = Http.send(HttpRequest.newBuilder(json.uri("/api/v1/health"))
                .header(ID, "two words"));
        String made = first.headers().firstValue(ID).orElseThrow();
        assertTrue(made.matches(GENERATED), made);
        assertTrue(second.headers().firstValue(ID).orElseThrow().matches(GENERATED));
        assertNotEquals(made, second.headers().firstValue(ID).orElseThrow());
        assertEquals(200, accessLine(made).getInt("status"));
    }

    @Test
    void problemsCarryTheIdInTheirHeaderAndBody() throws Exception {
        HttpResponse<String> unknown = Http.send(HttpRequest.newBuilder(json.uri("/api/v1/no-such-route"))
                .header(ID, "not-found-1"));
        assertEquals(404, unknown.statusCode());
        assertEquals(Optional.of("not-found-1"), unknown.headers().firstValue(ID));
        assertEquals("not-found-1", Http.json(unknown).getString("request_id"));
        assertEquals(404, accessLine("not-found-1").getInt("status"));

        HttpResponse<String> malformed = Http.send(HttpRequest.newBuilder(json.uri("/api/v1/auth/login"))
                .header("Content-Type", "application/json").header(ID, "bad-body-1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":")));
        assertEquals(400, malformed.statusCode());
        assertEquals(Optional.of("bad-body-1"), malformed.headers().firstValue(ID));
        assertEquals("bad-body-1", Http.json(malformed).getString("request_id"));

        // outside JAX-RS: the container's error page
        HttpResponse<String> outside = Http.get(json.uri("/favicon.ico"));
        assertEquals(404, outside.statusCode());
        String id = outside.headers().firstValue(ID).orElseThrow();
        assertEquals(id, Http.json(outside).getString("request_id"));
    }

    @Test
    void theEmbeddedDatabasesOwnLogIsKept() throws Exception {
        String postgres = Files.readString(work.resolve("data").resolve("postgres.log"));
        assertTrue(postgres.contains("database system is ready to accept connections"), postgres);
    }

    @Test
    void theTextLogHasNoneOfPayarasStartUpNoise(RunningPlatform text) throws Exception {
        String log = text.log();
        assertTrue(log.contains("Payara Micro"), "the shared platform's log:\n" + log);
        assertFalse(log.contains("SLF4J"), log);
        assertFalse(log.contains("has expired"), log);
        assertFalse(log.contains("Unprocessed event"), log);
        assertFalse(log.lines().anyMatch(line -> line.startsWith("{")), "text, not JSON");
    }

    /** The access log's line of a request, once written (just after the answer). */
    private static JsonObject accessLine(String requestId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        do {
            Optional<JsonObject> line = json.log().lines()
                    .filter(text -> text.contains("\"org.koprogo.access\"") && text.contains(requestId))
                    .map(LoggingIT::parse)
                    .filter(object -> requestId.equals(object.getString("request_id", null)))
                    .findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no access log line for " + requestId + ":\n" + json.log());
    }

    private static JsonObject parse(String line) {
        try (var reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        } catch (JsonParsingException e) {
            throw new AssertionError("not a JSON object: " + line, e);
        }
    }
}
