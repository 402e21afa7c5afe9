package org.koprogo.load.measure;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLongArray;

import org.HdrHistogram.AtomicHistogram;

/** One route's latencies and answers by status code, recorded lock-free by every user thread. */
final class RouteTally {

    private static final int STATUS_CODES = 1000;

    private final AtomicHistogram latencies = new AtomicHistogram(1, Latencies.HIGHEST_MICROS, 3);
    private final AtomicLongArray statuses = new AtomicLongArray(STATUS_CODES);

    void record(long micros, int status) {
        latencies.recordValue(micros);
        statuses.incrementAndGet(status >= 0 && status < STATUS_CODES ? status : 0);
    }

    AtomicHistogram latencies() {
        return latencies;
    }

    long requests() {
        return latencies.getTotalCount();
    }

    /** Counts by code as text ("0" for transport failures), codes in increasing order. */
    Map<String, Long> statuses() {
        Map<String, Long> byCode = byCode();
        for (int code = 0; code < STATUS_CODES; code++) {
            long count = statuses.get(code);
            if (count > 0) {
                byCode.put(Integer.toString(code), count);
            }
        }
        return byCode;
    }

    /** An empty map of counts by status code that keeps the codes in numeric order. */
    static Map<String, Long> byCode() {
        return new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
    }

    long errors() {
        long errors = 0;
        for (int code = 0; code < STATUS_CODES; code++) {
            if (Measurements.isError(code)) {
                errors += statuses.get(code);
            }
        }
        return errors;
    }
}
