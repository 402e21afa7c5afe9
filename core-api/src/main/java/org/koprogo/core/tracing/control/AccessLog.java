package org.koprogo.core.tracing.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * One line a request ({@code KOPROGO_ACCESS_LOG=true}), through the logger {@value #LOGGER}: a text line for the
 * text log, and the same facts as members of the JSON log's object (the record's one parameter, a map, which the
 * launcher's JSON formatter writes as members).
 */
public final class AccessLog {

    public static final String SETTING = "KOPROGO_ACCESS_LOG";
    public static final String LOGGER = "org.koprogo.access";

    private static final Logger LOG = Logger.getLogger(LOGGER);

    private AccessLog() {
    }

    /** One request's facts; {@code bytes} is negative when the answer's length is unknown (streamed, compressed). */
    public record Entry(String method, String route, int status, long durationMs, long bytes, String requestId,
                        String client) {

        String line() {
            return method + " " + route + " " + status + " " + durationMs + " ms " + (bytes < 0 ? "-" : bytes + " B")
                    + " " + client + " " + requestId;
        }

        Map<String, Object> members() {
            Map<String, Object> members = new LinkedHashMap<>();
            members.put("method", method);
            members.put("route", route);
            members.put("status", status);
            members.put("duration_ms", durationMs);
            if (bytes >= 0) {
                members.put("bytes", bytes);
            }
            members.put("client", client);
            return members;
        }
    }

    public static void write(Entry entry) {
        LogRecord record = new LogRecord(Level.INFO, entry.line());
        record.setLoggerName(LOGGER);
        record.setParameters(new Object[] {entry.members()});
        LOG.log(record);
    }
}
