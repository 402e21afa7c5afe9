package org.koprogo.deploy.logging;

import java.io.UnsupportedEncodingException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.StreamHandler;

/**
 * Every log record as a JSON line on standard output, written at once: a collector reading the output must not
 * wait for a buffer to fill. Named in the logging configuration, so that the log manager re-creates it whenever
 * Payara reloads that configuration.
 */
public final class JsonLinesHandler extends StreamHandler {

    public JsonLinesHandler() {
        super(System.out, new JsonLogFormatter());
        setLevel(Level.ALL); // loggers' levels decide
        try {
            setEncoding("UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e); // every JVM has UTF-8
        }
    }

    @Override
    public synchronized void publish(LogRecord record) {
        super.publish(record);
        flush();
    }

    /** Flushes only: standard output outlives any handler. */
    @Override
    public synchronized void close() {
        flush();
    }
}
