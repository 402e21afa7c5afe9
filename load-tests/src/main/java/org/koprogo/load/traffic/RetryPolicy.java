package org.koprogo.load.traffic;

/**
 * When a write whose fate the client cannot know is sent again, with the same {@code Idempotency-Key} and body,
 * and how long it waits first. The platform answers such a retry with the first answer when the write was done,
 * so retrying cannot duplicate it.
 *
 * @param backoffMillis  the first wait without a Retry-After; doubled at each attempt
 * @param maxWaitMillis  the longest single wait, Retry-After included (a server's hint is bounded)
 * @param deadlineMillis how long after the first send the client gives up; the answer it has then is the write's
 */
public record RetryPolicy(long backoffMillis, long maxWaitMillis, long deadlineMillis) {

    /**
     * A minute and a half: a write in flight on an instance that was killed holds its key (409) until the
     * platform frees it, a minute later.
     */
    public static final long DEFAULT_DEADLINE_MILLIS = 90_000;
    public static final RetryPolicy DEFAULT = new RetryPolicy(100, 2_000, DEFAULT_DEADLINE_MILLIS);

    /** A wait of this value means: give up. */
    public static final long GIVE_UP = -1;

    public RetryPolicy {
        if (backoffMillis <= 0 || maxWaitMillis < backoffMillis || deadlineMillis <= 0) {
            throw new IllegalArgumentException("a retry policy needs 0 < backoff <= max wait and a positive deadline");
        }
    }

    public static RetryPolicy withDeadline(long deadlineMillis) {
        return new RetryPolicy(DEFAULT.backoffMillis, DEFAULT.maxWaitMillis, deadlineMillis);
    }

    /**
     * Whether the write may not have been done and is worth sending again: no answer (0), the load balancer's
     * 502 and 504 (its instance failed), the platform's 503 (not ready, database down), and 409, the same key
     * still held by an attempt in flight (the run's bodies never conflict otherwise).
     */
    public boolean retryable(int status) {
        return status == 0 || status == 409 || status == 502 || status == 503 || status == 504;
    }

    /**
     * How long to wait before the attempt after {@code attempt} (the first send is attempt 1): the server's
     * Retry-After when it gave one ({@code retryAfterSeconds} >= 0), else the backoff doubled per attempt, either
     * capped at {@link #maxWaitMillis}; {@link #GIVE_UP} when the wait would end past the deadline.
     */
    public long waitMillis(int attempt, int retryAfterSeconds, long elapsedMillis) {
        long wait = retryAfterSeconds >= 0 ? retryAfterSeconds * 1000L
                : backoffMillis << Math.min(attempt - 1, 20);
        wait = Math.min(wait, maxWaitMillis);
        return elapsedMillis + wait > deadlineMillis ? GIVE_UP : wait;
    }
}
