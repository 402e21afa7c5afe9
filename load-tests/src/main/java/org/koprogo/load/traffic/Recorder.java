package org.koprogo.load.traffic;

/** Where virtual users report each completed request; the warm-up's go nowhere. */
@FunctionalInterface
public interface Recorder {

    Recorder DISCARD = (route, status, startNanos, endNanos) -> {
    };

    /**
     * @param startNanos when the request was due (open model) or sent (closed model), {@link System#nanoTime()}
     * @param status     the HTTP status, 0 for a transport failure
     */
    void record(Route route, int status, long startNanos, long endNanos);
}
