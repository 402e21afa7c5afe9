package org.koprogo.core.tracing.control;

import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Which request id a request is served under: the client's {@code X-Request-Id} (or its proxy's) when it is one a
 * log line can carry safely, else a new one. Ids only correlate log lines, answers and reports, they grant
 * nothing: a random one needs no secure generator.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    /** Short enough for a log line, and no character that would need escaping in one or in a header. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    /** 16 random bytes: 22 URL-safe characters. */
    private static final int RANDOM_BYTES = 16;

    private RequestIds() {
    }

    /** @param sent the request's header, null when it has none */
    public static String of(String sent) {
        return sent != null && SANE.matcher(sent).matches() ? sent : generated();
    }

    static String generated() {
        byte[] random = new byte[RANDOM_BYTES];
        ThreadLocalRandom.current().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
