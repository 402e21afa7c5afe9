package org.koprogo.load.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntUnaryOperator;

import org.HdrHistogram.AtomicHistogram;
import org.HdrHistogram.Histogram;

import org.koprogo.load.result.RunResult;

/**
 * Latencies by second of completion. Two significant digits (1 %) keep a second's histogram at about 20 KB, so
 * that a 30-minute soak stays under 40 MB.
 */
final class Timeline {

    private final AtomicHistogram[] seconds;
    private final AtomicLongArray errors;

    /** Completions at or after {@code capacity} seconds count in the last second. */
    Timeline(int capacity) {
        seconds = new AtomicHistogram[capacity];
        for (int i = 0; i < capacity; i++) {
            seconds[i] = new AtomicHistogram(1, Latencies.HIGHEST_MICROS, 2);
        }
        errors = new AtomicLongArray(capacity);
    }

    void record(long second, long micros, boolean error) {
        int index = (int) Math.max(0, Math.min(seconds.length - 1, second));
        seconds[index].recordValue(micros);
        if (error) {
            errors.incrementAndGet(index);
        }
    }

    /** The first {@code atLeast} seconds, and any later one in which a request completed. */
    List<RunResult.Second> seconds(int atLeast, IntUnaryOperator connectionsAt) {
        int last = atLeast - 1;
        for (int i = seconds.length - 1; i >= atLeast; i--) {
            if (seconds[i].getTotalCount() > 0) {
                last = i;
                break;
            }
        }
        List<RunResult.Second> timeline = new ArrayList<>();
        for (int t = 0; t <= last && t < seconds.length; t++) {
            AtomicHistogram second = seconds[t];
            timeline.add(new RunResult.Second(t, connectionsAt.applyAsInt(t), second.getTotalCount(), errors.get(t),
                    Latencies.at(second, 50), Latencies.at(second, 90), Latencies.at(second, 99),
                    second.getTotalCount() == 0 ? 0 : second.getMaxValue() / 1000.0));
        }
        return timeline;
    }

    /** Seconds [from, to) merged. */
    Histogram between(int from, int to) {
        Histogram merged = new Histogram(1, Latencies.HIGHEST_MICROS, 2);
        for (int t = Math.max(0, from); t < Math.min(to, seconds.length); t++) {
            merged.add(seconds[t]);
        }
        return merged;
    }
}
