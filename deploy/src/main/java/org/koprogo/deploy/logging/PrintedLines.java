package org.koprogo.deploy.logging;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * What code prints on standard output or error, a JSON line a line, as records of the loggers "stdout" and
 * "stderr": Payara prints some lines itself while stopping, which would otherwise break the one-object-a-line
 * stream. Written straight out rather than through the log manager, which drops every record once its own
 * shutdown hook has run.
 */
final class PrintedLines extends OutputStream {

    private final String logger;
    private final Level level;
    private final JsonLogFormatter formatter = new JsonLogFormatter();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private PrintedLines(String logger, Level level) {
        this.logger = logger;
        this.level = level;
    }

    static void capture() {
        System.setOut(stream("stdout", Level.INFO));
        System.setErr(stream("stderr", Level.WARNING));
    }

    private static PrintStream stream(String logger, Level level) {
        return new PrintStream(new PrintedLines(logger, level), true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        if (b != '\n') {
            line.write(b);
            return;
        }
        String text = line.toString(StandardCharsets.UTF_8).stripTrailing();
        line.reset();
        if (!text.isEmpty()) {
            LogRecord record = new LogRecord(level, text);
            record.setLoggerName(logger);
            JsonLinesHandler.write(formatter.format(record));
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }
}
