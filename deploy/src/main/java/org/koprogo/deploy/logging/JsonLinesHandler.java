package org.koprogo.deploy.logging;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Every log record as a JSON line on the process's standard output, written at once and whole: a collector must
 * not wait for a buffer to fill, nor read half a line. Named in the logging configuration, so that the log manager
 * re-creates it whenever Payara reloads that configuration.
 */
public final class JsonLinesHandler extends Handler {

    /** The real standard output: System.out itself is captured into the log (PrintedLines). */
    private static final OutputStream OUT = new FileOutputStream(FileDescriptor.out);

    public JsonLinesHandler() {
        setFormatter(new JsonLogFormatter());
        setLevel(Level.ALL); // loggers' levels decide
    }

    @Override
    public void publish(LogRecord record) {
        if (isLoggable(record)) {
            write(getFormatter().format(record));
        }
    }

    /** One line in one write, whichever thread or stream (PrintedLines) it comes from. */
    static void write(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        synchronized (OUT) {
            try {
                OUT.write(bytes);
            } catch (IOException closed) {
                // nowhere left to say so: standard error is captured into this same output
            }
        }
    }

    @Override
    public void flush() {
        // every line is written at once
    }

    @Override
    public void close() {
        // standard output outlives any handler (Payara re-creates them)
    }
}
