package org.koprogo.deploy.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JsonLogFormatterTest {

    private final JsonLogFormatter formatter = new JsonLogFormatter();

    @AfterEach
    void outsideAnyRequest() {
        formatter.accept(() -> null);
    }

    @Test
    void aRecordIsOneObjectOnOneLine() {
        LogRecord record = record(Level.WARNING, "disk {0} is {1}% full", "/data", 93);
        record.setInstant(Instant.parse("2026-11-28T20:41:39.5Z"));
        String line = formatter.format(record);
        assertTrue(line.endsWith(System.lineSeparator()));
        assertEquals(1, line.lines().count());
        JsonObject json = parse(line);
        assertEquals("2026-11-28T20:41:39.500Z", json.getString("time"));
        assertEquals("WARNING", json.getString("level"));
        assertEquals("org.koprogo.test", json.getString("logger"));
        assertEquals("disk /data is 93% full", json.getString("message"));
        assertEquals(Thread.currentThread().getName(), json.getString("thread"));
        assertFalse(json.containsKey("request_id"), "logged outside a request");
        assertFalse(json.containsKey("exception"));
    }

    @Test
    void anyTextSurvivesEscaping() {
        String text = "say \"hi\" \\ C:\\path\nsecond line\r\ttab \u0001\u001f bell\u0007 é ü 中文 😀 lone \ud800 end"
                + " \u2028\u2029";
        JsonObject json = parse(formatter.format(record(Level.INFO, text)));
        assertEquals(text, json.getString("message"));
        assertEquals(1, formatter.format(record(Level.INFO, text)).lines().count());
    }

    @Test
    void theRequestsIdIsOnItsLines() {
        formatter.accept(() -> "abc-123");
        assertEquals("abc-123", parse(formatter.format(record(Level.INFO, "served"))).getString("request_id"));
    }

    @Test
    void anExceptionComesWithItsClassMessageAndStack() {
        LogRecord record = record(Level.SEVERE, "failed");
        record.setThrown(new IllegalStateException("broken \"state\"\nhere", new ArithmeticException("cause")));
        JsonObject exception = parse(formatter.format(record)).getJsonObject("exception");
        assertEquals(IllegalStateException.class.getName(), exception.getString("class"));
        assertEquals("broken \"state\"\nhere", exception.getString("message"));
        String stack = exception.getString("stack");
        assertTrue(stack.contains("at " + JsonLogFormatterTest.class.getName()), stack);
        assertTrue(stack.contains("Caused by: java.lang.ArithmeticException: cause"), stack);
    }

    @Test
    void anExceptionWithoutMessageHasANullOne() {
        LogRecord record = record(Level.SEVERE, "failed");
        record.setThrown(new NullPointerException());
        assertTrue(parse(formatter.format(record)).getJsonObject("exception").isNull("message"));
    }

    @Test
    void aMapParameterAddsMembers() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("method", "GET");
        members.put("status", 404);
        members.put("duration_ms", 12L);
        LogRecord record = record(Level.INFO, "GET /x 404", members);
        JsonObject json = parse(formatter.format(record));
        assertEquals("GET /x 404", json.getString("message"));
        assertEquals("GET", json.getString("method"));
        assertEquals(404, json.getInt("status"));
        assertEquals(12, json.getInt("duration_ms"));
    }

    @Test
    void aRecordWithoutLoggerNameHasAnEmptyOne() {
        LogRecord record = new LogRecord(Level.INFO, "anonymous");
        assertEquals("", parse(formatter.format(record)).getString("logger"));
    }

    private static LogRecord record(Level level, String message, Object... parameters) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName("org.koprogo.test");
        record.setParameters(parameters.length == 0 ? null : parameters);
        return record;
    }

    private static JsonObject parse(String line) {
        try (var reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        }
    }
}
