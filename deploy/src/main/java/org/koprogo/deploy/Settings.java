package org.koprogo.deploy;

import java.nio.file.Path;

/**
 * What the launcher needs before MicroProfile Config exists: each key is read from a system property, then
 * from the environment variable of the same name, as MicroProfile Config will later do in the platform.
 */
record Settings(String dbUrl, Path dataDir, int httpPort, int embeddedDbPort) {

    static final String DB_URL = "KOPROGO_DB_URL";
    static final String DB_USER = "KOPROGO_DB_USER";
    static final String DB_PASSWORD = "KOPROGO_DB_PASSWORD";

    static Settings fromEnvironment() {
        return new Settings(
                value(DB_URL, null),
                Path.of(value("KOPROGO_DATA_DIR", "./koprogo-data")),
                port("KOPROGO_HTTP_PORT", 8080),
                port("KOPROGO_EMBEDDED_DB_PORT", 0));
    }

    private static String value(String key, String fallback) {
        String value = System.getProperty(key, System.getenv(key));
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static int port(String key, int fallback) {
        String text = value(key, String.valueOf(fallback));
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a port number (0-65535), got '" + text + "'");
        }
    }
}
