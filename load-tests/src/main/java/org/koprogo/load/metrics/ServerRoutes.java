package org.koprogo.load.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.koprogo.load.result.RunResult;

/**
 * The server's own timing of the measured phase: the difference of its histograms read before and after,
 * with percentiles interpolated linearly inside the bucket that holds them (as PromQL's histogram_quantile).
 */
public final class ServerRoutes {

    private ServerRoutes() {
    }

    /** Series that saw requests between the two readings, by route, method and status class. */
    public static List<RunResult.ServerRoute> between(String before, String after) {
        Map<PrometheusHistograms.Key, PrometheusHistograms.Series> earlier = PrometheusHistograms.parse(before);
        List<RunResult.ServerRoute> routes = new ArrayList<>();
        PrometheusHistograms.parse(after).forEach((key, later) -> {
            PrometheusHistograms.Series base = earlier.get(key);
            // A count that went down means the server restarted in between: its counters started from zero.
            if (base != null && base.count > later.count) {
                base = null;
            }
            long count = later.count - (base == null ? 0 : base.count);
            if (count <= 0) {
                return;
            }
            TreeMap<Double, Long> buckets = new TreeMap<>();
            for (var bucket : later.buckets.entrySet()) {
                long earlierCount = base == null ? 0 : base.buckets.getOrDefault(bucket.getKey(), 0L);
                buckets.put(bucket.getKey(), bucket.getValue() - earlierCount);
            }
            double sumSeconds = later.sumSeconds - (base == null ? 0 : base.sumSeconds);
            routes.add(new RunResult.ServerRoute(key.method(), key.route(), key.status(), count,
                    sumSeconds * 1000 / count, quantileMs(buckets, 0.5), quantileMs(buckets, 0.95),
                    quantileMs(buckets, 0.99), describe(buckets)));
        });
        routes.sort(Comparator.comparing(RunResult.ServerRoute::route).thenComparing(RunResult.ServerRoute::method)
                .thenComparing(RunResult.ServerRoute::status));
        return routes;
    }

    /**
     * The q-quantile in ms from cumulative counts by upper bound in seconds: linear between the bucket's lower
     * and upper bounds (0 below the first); in the +Inf bucket, the highest finite bound.
     */
    static double quantileMs(TreeMap<Double, Long> cumulative, double q) {
        long total = cumulative.lastEntry().getValue();
        double rank = q * total;
        double lowerBound = 0;
        long lowerCount = 0;
        for (var bucket : cumulative.entrySet()) {
            double upperBound = bucket.getKey();
            long count = bucket.getValue();
            if (count >= rank && count > lowerCount) {
                if (Double.isInfinite(upperBound)) {
                    return lowerBound * 1000;
                }
                double fraction = (rank - lowerCount) / (count - lowerCount);
                return (lowerBound + (upperBound - lowerBound) * fraction) * 1000;
            }
            lowerBound = upperBound;
            lowerCount = count;
        }
        return lowerBound * 1000;
    }

    private static List<RunResult.Bucket> describe(TreeMap<Double, Long> cumulative) {
        List<RunResult.Bucket> buckets = new ArrayList<>();
        cumulative.forEach((le, count) -> buckets.add(new RunResult.Bucket(Double.isInfinite(le) ? "+Inf"
                : BigDecimal.valueOf(le).movePointRight(3).stripTrailingZeros().toPlainString(), count)));
        return buckets;
    }
}
