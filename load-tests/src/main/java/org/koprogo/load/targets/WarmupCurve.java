package org.koprogo.load.targets;

import java.util.ArrayList;
import java.util.List;

/**
 * The realistic mix's throughput second by second from the moment the platform was ready, against the steady
 * throughput measured later on the warm platform. The 10-s throughput ending at second t is the mean of the
 * requests completed in seconds [t - 10, t).
 */
record WarmupCurve(List<Long> requestsPerSecond, double steadyPerSecond) {

    static final int WINDOW_SECONDS = 10;
    /** The share of steady throughput issue 17 wants within a minute of ready. */
    static final double SHARE_OF_STEADY = 0.8;
    static final int WITHIN_SECONDS = 60;

    /** Requests per second in each aligned 10-s window: [0, 10), [10, 20)... (a last partial window is left out). */
    List<Double> perTenSeconds() {
        List<Double> windows = new ArrayList<>();
        for (int end = WINDOW_SECONDS; end <= requestsPerSecond.size(); end += WINDOW_SECONDS) {
            windows.add(windowEndingAt(end));
        }
        return windows;
    }

    /** Requests per second over [WITHIN - 10, WITHIN) after ready, null when the curve is shorter. */
    Double lastWindowWithin() {
        return requestsPerSecond.size() < WITHIN_SECONDS ? null : windowEndingAt(WITHIN_SECONDS);
    }

    /**
     * The first second t (seconds after ready) at which the 10-s throughput ending there reaches 80 % of steady;
     * null when it never does within the curve.
     */
    Integer secondsToShareOfSteady() {
        for (int end = WINDOW_SECONDS; end <= requestsPerSecond.size(); end++) {
            if (windowEndingAt(end) >= SHARE_OF_STEADY * steadyPerSecond) {
                return end;
            }
        }
        return null;
    }

    private double windowEndingAt(int end) {
        long sum = 0;
        for (int t = end - WINDOW_SECONDS; t < end; t++) {
            sum += requestsPerSecond.get(t);
        }
        return (double) sum / WINDOW_SECONDS;
    }
}
