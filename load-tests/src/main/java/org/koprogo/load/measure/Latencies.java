package org.koprogo.load.measure;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.Histogram;

import org.koprogo.load.result.RunResult;

/** Histograms record microseconds; results speak milliseconds. */
public final class Latencies {

    /** Longer latencies are recorded as this: four times the client's read timeout. */
    static final long HIGHEST_MICROS = TimeUnit.SECONDS.toMicros(120);

    private Latencies() {
    }

    /** For the totals of a run or a route: 3 significant digits. */
    static Histogram precise() {
        return new Histogram(1, HIGHEST_MICROS, 3);
    }

    static long micros(long nanos) {
        return Math.min(HIGHEST_MICROS, Math.max(1, nanos / 1_000));
    }

    public static RunResult.Latency of(AbstractHistogram histogram) {
        if (histogram.getTotalCount() == 0) {
            return new RunResult.Latency(0, 0, 0, 0, 0, 0, 0, 0);
        }
        return new RunResult.Latency(histogram.getMean() / 1000, at(histogram, 50), at(histogram, 75),
                at(histogram, 90), at(histogram, 95), at(histogram, 99), at(histogram, 99.9),
                histogram.getMaxValue() / 1000.0);
    }

    static double at(AbstractHistogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? 0 : histogram.getValueAtPercentile(percentile) / 1000.0;
    }
}
