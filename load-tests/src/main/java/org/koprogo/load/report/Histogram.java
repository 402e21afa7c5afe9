package org.koprogo.load.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.koprogo.load.result.RunResult.Bucket;

/**
 * A server route's latency histogram as requests per bucket: {@code /metrics} gives cumulative counts by upper
 * bound, which hide the shape of the distribution.
 */
record Histogram(List<Bin> bins) {

    /** Requests that took more than {@code lowerMs} and at most {@code upperMs} (infinite for "+Inf"). */
    record Bin(double lowerMs, double upperMs, String label, long count) {
    }

    static Histogram of(List<Bucket> buckets) {
        List<Bucket> sorted = new ArrayList<>(buckets == null ? List.of() : buckets);
        sorted.sort(Comparator.comparingDouble(bucket -> upperBound(bucket.leMs())));
        List<Bin> bins = new ArrayList<>();
        double lower = 0;
        long cumulativeBefore = 0;
        for (Bucket bucket : sorted) {
            double upper = upperBound(bucket.leMs());
            // a counter reset between the two reads of /metrics could make a difference negative
            long count = Math.max(0, bucket.cumulativeCount() - cumulativeBefore);
            bins.add(new Bin(lower, upper, Double.isInfinite(upper) ? "+Inf" : Format.compact(upper), count));
            lower = upper;
            cumulativeBefore = Math.max(cumulativeBefore, bucket.cumulativeCount());
        }
        return new Histogram(bins);
    }

    long maxCount() {
        return bins.stream().mapToLong(Bin::count).max().orElse(0);
    }

    /**
     * The bins worth drawing: from the first to the last non-empty one, with one empty neighbour each side for
     * context; a route that answered in 2–20 ms needs no bars for 0.1 ms or 10 s.
     */
    Histogram trimmed() {
        int first = 0;
        while (first < bins.size() && bins.get(first).count() == 0) {
            first++;
        }
        int last = bins.size() - 1;
        while (last >= first && bins.get(last).count() == 0) {
            last--;
        }
        if (first > last) {
            return this;
        }
        return new Histogram(bins.subList(Math.max(0, first - 1), Math.min(bins.size(), last + 2)));
    }

    /**
     * Where a latency falls, in bins from the left edge (2.5 is the middle of the third bin), interpolating
     * linearly within its bin as the server's percentiles are; values outside the bins are clamped.
     */
    double position(double valueMs) {
        for (int i = 0; i < bins.size(); i++) {
            Bin bin = bins.get(i);
            if (valueMs <= bin.upperMs()) {
                if (valueMs <= bin.lowerMs() || Double.isInfinite(bin.upperMs())) {
                    return i;
                }
                return i + (valueMs - bin.lowerMs()) / (bin.upperMs() - bin.lowerMs());
            }
        }
        return bins.size();
    }

    private static double upperBound(String le) {
        return le == null || le.contains("Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
    }
}
