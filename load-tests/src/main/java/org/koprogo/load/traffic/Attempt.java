package org.koprogo.load.traffic;

/**
 * One exchange with the server as it happened, a retry being an exchange of its own: where it went, what came
 * back (0: no answer) and whether a Retry-After came with it, from its send to its end ({@link System#nanoTime()}).
 */
public record Attempt(String path, int status, boolean retryAfter, long sentNanos, long endNanos) {

    /** Where exchanges go while a fault is watched; nowhere otherwise. */
    @FunctionalInterface
    public interface Log {
        Log NONE = attempt -> {
        };

        void add(Attempt attempt);
    }
}
