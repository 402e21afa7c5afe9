package org.koprogo.deploy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

import org.koprogo.deploy.logging.LogFormat;

/**
 * What the launcher needs before MicroProfile Config exists: each key is read from a system property, then
 * from the environment variable of the same name, as MicroProfile Config will later do in the platform.
 */
record Settings(String dbUrl, Path dataDir, String httpHost, int httpPort, int embeddedDbPort, int httpThreads,
                Path modulesDir) {

    static final String DB_URL = "KOPROGO_DB_URL";
    static final String DB_USER = "KOPROGO_DB_USER";
    static final String DB_PASSWORD = "KOPROGO_DB_PASSWORD";
    static final String HTTP_THREADS = "KOPROGO_HTTP_THREADS";

    static final String HTTP_HOST = "KOPROGO_HTTP_HOST";

    /** A directory of module jars (plugins) added to the built-in modules; unset or empty: none. */
    static final String MODULES_DIR = "KOPROGO_MODULES_DIR";

    static Settings fromEnvironment() {
        String dbUrl = value(DB_URL, null);
        return new Settings(
                dbUrl,
                Path.of(value("KOPROGO_DATA_DIR", "./koprogo-data")),
                host(dbUrl == null),
                port("KOPROGO_HTTP_PORT", 8080),
                port("KOPROGO_EMBEDDED_DB_PORT", 0),
                threads(),
                configuredModulesDir());
    }

    /** Read apart from the rest: the log is set up first, so that every setting's refusal is logged in it. */
    static LogFormat logFormat() {
        return LogFormat.of(value(LogFormat.KEY, null));
    }

    private static Path configuredModulesDir() {
        String dir = value(MODULES_DIR, null);
        return dir == null ? null : Path.of(dir);
    }

    /**
     * The address HTTP listens on. A platform on the embedded database is a developer's own (its development
     * superadmin has a known password): it listens on loopback only unless told otherwise.
     */
    private static String host(boolean embeddedDatabase) {
        String host = value(HTTP_HOST, embeddedDatabase ? "127.0.0.1" : "0.0.0.0");
        try {
            InetAddress.getByName(host);
            return host;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(HTTP_HOST + " must be an address of this machine, got '" + host + "'");
        }
    }

    private static String value(String key, String fallback) {
        String value = System.getProperty(key, System.getenv(key));
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /**
     * Request threads: 8 by default, as many as the database pool's connections. Two cores keep no more busy, and
     * each thread holds its own buffers: with Payara's 200, a spike of 200 connections left 200 threads and 437 MB
     * of RSS; 8 instead of 16 served the realistic mix 8 % faster with 20 MB less RSS and an open-model p99 of 6 ms
     * instead of 19 (load-tests/results/BASELINE.md). Further connections wait in the listener's queue (a small
     * pool with a queue, as for the database). Long transfers (documents, exports) each hold one: raise it for
     * many of those at once.
     */
    private static int threads() {
        return number(HTTP_THREADS, 8, 4, 1000, "a number of threads");
    }

    private static int port(String key, int fallback) {
        return number(key, fallback, 0, 65535, "a port number");
    }

    static int number(String key, int fallback, int min, int max, String what) {
        String text = value(key, String.valueOf(fallback));
        try {
            int number = Integer.parseInt(text);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw new IllegalArgumentException(key + " must be " + what + " (" + min + "-" + max + "), got '" + text + "'");
    }
}
