package org.koprogo.load.scenario;

import java.util.List;
import java.util.Map;

import org.koprogo.load.measure.Measurements;
import org.koprogo.load.result.RunResult;
import org.koprogo.load.result.RunResult.Phase;

/** How the server took the spike: p99 before and during it, and how long p99 took to come back afterwards. */
public final class SpikeAnalysis {

    /** Recovered means a per-second p99 within this factor of the baseline's p99... */
    public static final double RECOVERED_FACTOR = 1.5;
    /** ...for this many seconds in a row. */
    static final int HOLD_SECONDS = 5;

    private SpikeAnalysis() {
    }

    /** Null unless the plan has a spike phase preceded by a baseline. */
    static RunResult.Spike of(Plan plan, Measurements measurements, List<RunResult.Second> timeline,
                              Map<String, Long> statuses) {
        Phase spike = plan.phase(Scenario.SPIKE).orElse(null);
        Phase baseline = plan.phase(Scenario.BASELINE).orElse(null);
        if (spike == null || baseline == null) {
            return null;
        }
        double baselineP99 = measurements.p99Between(baseline.startSecond(), end(baseline));
        double spikeP99 = measurements.p99Between(spike.startSecond(), end(spike));
        long errors5xx = statuses.entrySet().stream().filter(e -> Integer.parseInt(e.getKey()) / 100 == 5)
                .mapToLong(Map.Entry::getValue).sum();
        return new RunResult.Spike(baselineP99, spikeP99,
                recoverySeconds(timeline, end(spike), RECOVERED_FACTOR * baselineP99, HOLD_SECONDS), errors5xx);
    }

    /**
     * Seconds from {@code from} to the first second that starts {@code hold} seconds in a row, each with
     * requests and a p99 at most {@code limitMs}; null when that never happens within the timeline.
     */
    static Integer recoverySeconds(List<RunResult.Second> timeline, int from, double limitMs, int hold) {
        int inARow = 0;
        for (RunResult.Second second : timeline) {
            if (second.t() < from) {
                continue;
            }
            inARow = second.requests() > 0 && second.p99() <= limitMs ? inARow + 1 : 0;
            if (inARow == hold) {
                return second.t() - hold + 1 - from;
            }
        }
        return null;
    }

    private static int end(Phase phase) {
        return phase.startSecond() + phase.seconds();
    }
}
