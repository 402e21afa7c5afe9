package org.koprogo.load.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.koprogo.load.result.RunResult;

/**
 * The server's own timing of the measured phase: the difference of its histograms read before and after,
 * with percentiles interpolated linearly inside the bucket that holds them (as PromQL's histogram_quantile); for
 * several instances, their differences summed (as PromQL's {@code sum by (le)}).
 */
public final class ServerRoutes {

    private ServerRoutes() {
    }

    /** One instance's {@code /metrics} text read before and after the measured phase. */
    public record Reading(String before, String after) {
    }

    /** An instance's requests over the measured phase, all routes together, and their p99. */
    public record Total(long count, Double p99Ms) {
    }

    /** Series that saw requests between the two readings, by route, method and status class. */
    public static List<RunResult.ServerRoute> between(String before, String after) {
        return across(List.of(new Reading(before, after)));
    }

    /** The same over several instances behind one load balancer: their series summed, bucket by bucket. */
    public static List<RunResult.ServerRoute> across(List<Reading> readings) {
        Map<PrometheusHistograms.Key, PrometheusHistograms.Series> summed = new HashMap<>();
        for (Reading reading : readings) {
            deltas(reading).forEach((key, delta) -> add(summed.computeIfAbsent(key,
                    k -> new PrometheusHistograms.Series()), delta));
        }
        List<RunResult.ServerRoute> routes = new ArrayList<>();
        summed.forEach((key, series) -> routes.add(new RunResult.ServerRoute(key.method(), key.route(),
                key.status(), series.count, series.sumSeconds * 1000 / series.count,
                quantileMs(series.buckets, 0.5), quantileMs(series.buckets, 0.95), quantileMs(series.buckets, 0.99),
                describe(series.buckets))));
        routes.sort(Comparator.comparing(RunResult.ServerRoute::route).thenComparing(RunResult.ServerRoute::method)
                .thenComparing(RunResult.ServerRoute::status));
        return routes;
    }

    /** Every route of one instance together. */
    public static Total total(Reading reading) {
        PrometheusHistograms.Series all = new PrometheusHistograms.Series();
        deltas(reading).values().forEach(delta -> add(all, delta));
        return new Total(all.count, all.count == 0 ? null : quantileMs(all.buckets, 0.99));
    }

    /** Each series' difference between the readings, those that saw no request left out. */
    private static Map<PrometheusHistograms.Key, PrometheusHistograms.Series> deltas(Reading reading) {
        Map<PrometheusHistograms.Key, PrometheusHistograms.Series> earlier = PrometheusHistograms.parse(
                reading.before());
        Map<PrometheusHistograms.Key, PrometheusHistograms.Series> deltas = new HashMap<>();
        PrometheusHistograms.parse(reading.after()).forEach((key, later) -> {
            PrometheusHistograms.Series base = earlier.get(key);
            // A count that went down means the server restarted in between: its counters started from zero.
            if (base != null && base.count > later.count) {
                base = null;
            }
            long count = later.count - (base == null ? 0 : base.count);
            if (count <= 0) {
                return;
            }
            PrometheusHistograms.Series delta = new PrometheusHistograms.Series();
            for (var bucket : later.buckets.entrySet()) {
                long earlierCount = base == null ? 0 : base.buckets.getOrDefault(bucket.getKey(), 0L);
                delta.buckets.put(bucket.getKey(), bucket.getValue() - earlierCount);
            }
            delta.sumSeconds = later.sumSeconds - (base == null ? 0 : base.sumSeconds);
            delta.count = count;
            deltas.put(key, delta);
        });
        return deltas;
    }

    private static void add(PrometheusHistograms.Series into, PrometheusHistograms.Series delta) {
        into.count += delta.count;
        into.sumSeconds += delta.sumSeconds;
        delta.buckets.forEach((le, count) -> into.buckets.merge(le, count, Long::sum));
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
