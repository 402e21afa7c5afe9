package org.koprogo.core.refusal.boundary;

/** Too many attempts in a window (sign-in throttling): 429, to try again after {@code retryAfterSeconds}. */
public final class TooManyAttempts extends Refusal {

    private final long retryAfterSeconds;

    public TooManyAttempts(String detail, long retryAfterSeconds) {
        super(detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
