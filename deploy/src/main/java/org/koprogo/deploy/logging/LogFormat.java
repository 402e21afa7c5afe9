package org.koprogo.deploy.logging;

import java.util.Locale;

/** How the process writes its log ({@code KOPROGO_LOG_FORMAT}). */
public enum LogFormat {

    /** Lines for people, on standard error, as Payara writes them. */
    TEXT,
    /** One JSON object a line on standard output, for log collectors. */
    JSON;

    public static final String KEY = "KOPROGO_LOG_FORMAT";

    /** @param configured the setting's value, null when unset */
    public static LogFormat of(String configured) {
        if (configured == null || configured.isBlank()) {
            return TEXT;
        }
        try {
            return valueOf(configured.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(KEY + " must be text or json, got '" + configured + "'");
        }
    }
}
