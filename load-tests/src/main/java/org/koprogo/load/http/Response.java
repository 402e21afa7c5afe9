package org.koprogo.load.http;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The last response of a connection. One instance per connection is overwritten by every exchange, so that a
 * request costs no allocation beyond what the body outgrows; read it before the next request.
 */
public final class Response {

    /** Status 0 stands for a transport failure: no complete response arrived. */
    public static final int TRANSPORT_FAILURE = 0;
    /** {@link #retryAfterSeconds()} of a response without a Retry-After in seconds. */
    public static final int NO_RETRY_AFTER = -1;

    private int status;
    private byte[] body = new byte[8192];
    private int bodyLength;
    private boolean keepAlive;
    private int retryAfterSeconds = NO_RETRY_AFTER;

    public int status() {
        return status;
    }

    public byte[] body() {
        return body;
    }

    public int bodyLength() {
        return bodyLength;
    }

    public String bodyText() {
        return new String(body, 0, bodyLength, StandardCharsets.UTF_8);
    }

    /** The Retry-After header's delay in seconds, {@link #NO_RETRY_AFTER} when absent or an HTTP date. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** False when the server announced {@code Connection: close} or ended the body by closing. */
    public boolean keepAlive() {
        return keepAlive;
    }

    void start(int status) {
        this.status = status;
        this.bodyLength = 0;
        this.keepAlive = true;
        this.retryAfterSeconds = NO_RETRY_AFTER;
    }

    void retryAfter(int seconds) {
        retryAfterSeconds = seconds;
    }

    void closeAfter() {
        keepAlive = false;
    }

    void failed() {
        status = TRANSPORT_FAILURE;
        bodyLength = 0;
        keepAlive = false;
        retryAfterSeconds = NO_RETRY_AFTER;
    }

    /** Room for {@code more} further body bytes, from {@link #bodyLength()} on. */
    byte[] reserve(int more) {
        int needed = bodyLength + more;
        if (needed > body.length) {
            body = Arrays.copyOf(body, Math.max(needed, body.length * 2));
        }
        return body;
    }

    void appended(int count) {
        bodyLength += count;
    }
}
