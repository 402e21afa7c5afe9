package org.koprogo.load.fault;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.koprogo.load.result.RunResult;
import org.koprogo.load.traffic.Attempt;
import org.koprogo.load.traffic.Route;

/** What clients saw while the database was down, and how soon after its return they were served again. */
public final class Outages {

    private Outages() {
    }

    /**
     * @param startNanos the measured phase's start ({@link System#nanoTime()}), the origin of the events' seconds
     * @return null when the events hold no db-down followed by a db-up
     */
    public static RunResult.Outage of(List<Attempt> attempts, List<RunResult.Event> events, long startNanos,
                                      List<RunResult.Second> timeline) {
        RunResult.Event down = FaultEvents.first(events, FaultEvents.DATABASE_DOWN);
        RunResult.Event up = FaultEvents.first(events, FaultEvents.DATABASE_UP);
        if (down == null || up == null || up.t() < down.t()) {
            return null;
        }
        long downNanos = startNanos + (long) (down.t() * 1e9);
        long upNanos = startNanos + (long) (up.t() * 1e9);
        Map<String, Long> statuses = new TreeMap<>();
        long with503RetryAfter = 0;
        long maxNanos = 0;
        Long firstSuccess = null;
        for (Attempt attempt : attempts) {
            if (attempt.sentNanos() - downNanos >= 0 && attempt.sentNanos() - upNanos < 0) {
                statuses.merge(Integer.toString(attempt.status()), 1L, Long::sum);
                if (attempt.status() == 503 && attempt.retryAfter()) {
                    with503RetryAfter++;
                }
                maxNanos = Math.max(maxNanos, attempt.endNanos() - attempt.sentNanos());
            }
            boolean readsDatabase = !attempt.path().equals(Route.HEALTH.template());
            if (readsDatabase && attempt.status() / 100 == 2 && attempt.endNanos() - upNanos >= 0
                    && (firstSuccess == null || attempt.endNanos() - firstSuccess < 0)) {
                firstSuccess = attempt.endNanos();
            }
        }
        return new RunResult.Outage(down.t(), up.t(), statuses, with503RetryAfter, maxNanos / 1e6,
                firstSuccess == null ? null : (firstSuccess - upNanos) / 1e9, recoveredAfter(up.t(), timeline));
    }

    /**
     * Seconds from the database's return to the first whole second that begins {@value
     * RunResult.Outage#RECOVERED_SECONDS} seconds in a row of answered requests without an error; null when the run
     * ended before. A pool that keeps handing out connections the restart broke shows here, not in the first 2xx.
     */
    static Double recoveredAfter(double upAt, List<RunResult.Second> timeline) {
        Map<Integer, RunResult.Second> byT = new TreeMap<>();
        timeline.forEach(second -> byT.put(second.t(), second));
        for (int t = (int) Math.ceil(upAt); byT.containsKey(t + RunResult.Outage.RECOVERED_SECONDS - 1); t++) {
            boolean clean = true;
            for (int s = t; s < t + RunResult.Outage.RECOVERED_SECONDS && clean; s++) {
                RunResult.Second second = byT.get(s);
                clean = second != null && second.requests() > 0 && second.errors() == 0;
            }
            if (clean) {
                return t - upAt;
            }
        }
        return null;
    }
}
