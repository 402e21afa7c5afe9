package org.koprogo.deploy.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * A log record as one JSON object on one line: time (UTC, milliseconds), level, logger, message (its parameters
 * applied), thread, the id of the request being served when there is one, and the exception. A record whose only
 * parameter is a map (the access log's) also gets its entries as members.
 * <p>
 * The request id lives in the application (core-api's tracing), which the launcher's classes cannot name: the
 * application hands over where to read it by offering a {@code Supplier<String>} to every root handler's formatter
 * that is a {@code Consumer} of one. Kept statically, it survives Payara re-creating the handlers.
 */
public final class JsonLogFormatter extends Formatter implements Consumer<Supplier<String>> {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static volatile Supplier<String> requestId = () -> null;

    @Override
    public void accept(Supplier<String> currentRequestId) {
        requestId = currentRequestId;
    }

    @Override
    public String format(LogRecord record) {
        JsonLine line = new JsonLine()
                .member("time", TIME.format(record.getInstant()))
                .member("level", record.getLevel().getName())
                .member("logger", record.getLoggerName() == null ? "" : record.getLoggerName())
                .member("message", formatMessage(record))
                .member("thread", Thread.currentThread().getName());
        String id = requestId.get();
        if (id != null) {
            line.member("request_id", id);
        }
        Object[] parameters = record.getParameters();
        if (parameters != null && parameters.length == 1 && parameters[0] instanceof Map<?, ?> members) {
            members.forEach((name, value) -> line.member(String.valueOf(name), value));
        }
        Throwable thrown = record.getThrown();
        if (thrown != null) {
            line.object("exception", new JsonLine()
                    .member("class", thrown.getClass().getName())
                    .member("message", thrown.getMessage())
                    .member("stack", stack(thrown)));
        }
        return line.end() + System.lineSeparator();
    }

    private static String stack(Throwable thrown) {
        StringWriter text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
