package org.koprogo.core.cors.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which browser origins may call the API from their own pages (CORS), and what a preflight is told. Only
 * listed origins get CORS headers; the API's credentials are bearer tokens, never cookies, so no origin is
 * ever told it may send credentials.
 */
public final class CorsPolicy {

    public static final String ALLOWED_METHODS = "GET, POST, PUT, DELETE, OPTIONS";
    public static final String ALLOWED_HEADERS =
            "Authorization, Content-Type, Accept, Accept-Language, Idempotency-Key, If-Match, If-None-Match";
    public static final String EXPOSED_HEADERS = "ETag, Location, Retry-After, Link, X-Total-Count, X-Request-Id";
    /** How long a browser may reuse a preflight's answer (Chromium caps it at 2 hours). */
    public static final int MAX_AGE_SECONDS = 3600;

    private static final String ANY = "*";

    private final Set<String> origins;

    private CorsPolicy(Set<String> origins) {
        this.origins = origins;
    }

    /**
     * @param configured comma-separated origins as browsers send them ({@code https://app.example.be},
     *                   {@code http://localhost:3000}); {@code *} admits every origin; empty turns CORS off
     */
    public static CorsPolicy of(String configured) {
        return new CorsPolicy(Arrays.stream(configured.split(","))
                .map(String::strip)
                .filter(origin -> !origin.isEmpty())
                .map(CorsPolicy::canonical)
                .collect(Collectors.toUnmodifiableSet()));
    }

    public boolean isOn() {
        return !origins.isEmpty();
    }

    /** The origin to name in {@code Access-Control-Allow-Origin}, if this one is admitted. */
    public Optional<String> admitted(String origin) {
        if (origin == null || origin.isBlank()) {
            return Optional.empty();
        }
        return origins.contains(ANY) || origins.contains(canonical(origin)) ? Optional.of(origin)
                : Optional.empty();
    }

    /** Scheme and host are case-insensitive, a trailing slash is not part of an origin. */
    private static String canonical(String origin) {
        String stripped = origin.strip();
        if (stripped.endsWith("/")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped.toLowerCase(Locale.ROOT);
    }
}
