package org.koprogo.core.metrics.control;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request latencies counted since start, lock-free. Two views of the same requests:
 * <ul>
 * <li>Prometheus buckets at fixed bounds ({@link #BOUNDS_SECONDS}), counted exactly, never sampled, so that
 * cumulative counts add up to the request count and {@code histogram_quantile} over them is sound;</li>
 * <li>fine log-linear buckets (16 per power of two, about 3 % error) from which quantiles are read.</li>
 * </ul>
 * Payara's own timers export nanosecond quantiles under a seconds name and take bucket counts from a
 * sampling reservoir; this class exists to avoid both.
 */
public final class LatencyHistogram {

    /**
     * Upper bounds ("le") of the exported buckets, in seconds: fine where this platform's latencies live, and
     * between 0.1 and 0.25 s, where a busy machine's p99 falls, fine enough for histogram_quantile to follow it.
     */
    public static final double[] BOUNDS_SECONDS = {0.0001, 0.00025, 0.0005, 0.00075, 0.001, 0.0015, 0.002,
        0.003, 0.004, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.25, 0.5, 1, 2.5, 5, 10};

    private static final long[] BOUNDS_NANOS = new long[BOUNDS_SECONDS.length];

    static {
        for (int i = 0; i < BOUNDS_SECONDS.length; i++) {
            BOUNDS_NANOS[i] = Math.round(BOUNDS_SECONDS[i] * 1e9);
        }
    }

    /** Fine buckets count in units of 1,024 ns, 16 sub-buckets per power of two, capped at 2^40 units. */
    private static final int UNIT_SHIFT = 10;
    private static final int SUB_BITS = 4;
    private static final int SUB_COUNT = 1 << SUB_BITS;
    private static final int MAX_EXPONENT = 40;
    private static final int FINE_COUNT = (MAX_EXPONENT - SUB_BITS + 2) * SUB_COUNT;

    private final AtomicLongArray buckets = new AtomicLongArray(BOUNDS_NANOS.length + 1);
    private final AtomicLongArray fine = new AtomicLongArray(FINE_COUNT);
    private final LongAdder sumNanos = new LongAdder();

    public void record(long nanos) {
        long value = Math.max(0, nanos);
        buckets.incrementAndGet(bucketIndex(value));
        fine.incrementAndGet(fineIndex(value >>> UNIT_SHIFT));
        sumNanos.add(value);
    }

    static int bucketIndex(long nanos) {
        int low = 0;
        int high = BOUNDS_NANOS.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (BOUNDS_NANOS[mid] < nanos) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    static int fineIndex(long units) {
        if (units < SUB_COUNT) {
            return (int) units;
        }
        int exponent = Math.min(63 - Long.numberOfLeadingZeros(units), MAX_EXPONENT);
        long mantissa = exponent == MAX_EXPONENT && units >= (1L << (MAX_EXPONENT + 1))
                ? SUB_COUNT - 1
                : (units >>> (exponent - SUB_BITS)) & (SUB_COUNT - 1);
        return (exponent - SUB_BITS + 1) * SUB_COUNT + (int) mantissa;
    }

    /** Middle of a fine bucket, in nanoseconds. */
    static double fineMidpointNanos(int index) {
        if (index < SUB_COUNT) {
            return (index + 0.5) * (1 << UNIT_SHIFT);
        }
        int exponent = index / SUB_COUNT + SUB_BITS - 1;
        int mantissa = index % SUB_COUNT;
        double width = Math.pow(2, exponent - SUB_BITS);
        double low = (SUB_COUNT + mantissa) * width;
        return (low + width / 2) * (1 << UNIT_SHIFT);
    }

    /** A consistent read: the cumulative counts and the quantiles come from the same bucket values. */
    public Snapshot snapshot() {
        long[] cumulative = new long[buckets.length()];
        long running = 0;
        for (int i = 0; i < cumulative.length; i++) {
            running += buckets.get(i);
            cumulative[i] = running;
        }
        long[] fineCounts = new long[FINE_COUNT];
        for (int i = 0; i < FINE_COUNT; i++) {
            fineCounts[i] = fine.get(i);
        }
        return new Snapshot(cumulative, sumNanos.sum() / 1e9, fineCounts);
    }

    /**
     * @param cumulative counts of requests at or under each bound of {@link #BOUNDS_SECONDS}, then all
     *                   requests (the "+Inf" bucket)
     * @param sumSeconds the total of all latencies
     */
    public record Snapshot(long[] cumulative, double sumSeconds, long[] fineCounts) {

        public long count() {
            return cumulative[cumulative.length - 1];
        }

        /** The latency under which a share q of the requests fell, in seconds; 0 with no requests. */
        public double quantileSeconds(double q) {
            long total = 0;
            for (long c : fineCounts) {
                total += c;
            }
            if (total == 0) {
                return 0;
            }
            long rank = Math.max(1, (long) Math.ceil(q * total));
            long seen = 0;
            for (int i = 0; i < fineCounts.length; i++) {
                seen += fineCounts[i];
                if (seen >= rank) {
                    return fineMidpointNanos(i) / 1e9;
                }
            }
            return fineMidpointNanos(fineCounts.length - 1) / 1e9;
        }
    }
}
