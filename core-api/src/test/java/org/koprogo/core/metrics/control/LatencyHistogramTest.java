package org.koprogo.core.metrics.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void countsAtOrUnderEachBoundCumulatively() {
        LatencyHistogram histogram = new LatencyHistogram();
        histogram.record(1_000_000);      // exactly 1 ms: counts under le=0.001
        histogram.record(1_000_001);      // just over
        histogram.record(50_000);         // 50 µs
        histogram.record(20_000_000_000L); // 20 s: only +Inf
        long[] cumulative = histogram.snapshot().cumulative();
        int oneMs = indexOf(0.001);
        assertEquals(1, cumulative[0], "le=0.0001");
        assertEquals(2, cumulative[oneMs]);
        assertEquals(3, cumulative[oneMs + 1]);
        assertEquals(3, cumulative[LatencyHistogram.BOUNDS_SECONDS.length - 1], "le=10");
        assertEquals(4, histogram.snapshot().count(), "+Inf");
        assertEquals(20.002050001, histogram.snapshot().sumSeconds(), 1e-12);
    }

    @Test
    void quantilesAreInSecondsWithinThreePercent() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (int i = 1; i <= 1000; i++) {
            histogram.record(i * 10_000L); // 10 µs .. 10 ms, uniform
        }
        var snapshot = histogram.snapshot();
        assertEquals(0.005, snapshot.quantileSeconds(0.5), 0.005 * 0.035);
        assertEquals(0.0099, snapshot.quantileSeconds(0.99), 0.0099 * 0.035);
        assertEquals(0.00001, snapshot.quantileSeconds(0.0001), 0.00001 * 0.06);
        assertEquals(0, new LatencyHistogram().snapshot().quantileSeconds(0.99));
    }

    @Test
    void fineBucketsCoverEveryValueInOrder() {
        int previous = -1;
        for (long units = 0; units < 1 << 22; units += 1 + units / 64) {
            int index = LatencyHistogram.fineIndex(units);
            assertTrue(index >= previous, "monotonic at " + units);
            double midpoint = LatencyHistogram.fineMidpointNanos(index) / 1024;
            assertTrue(Math.abs(midpoint - units) <= Math.max(1, units / 16.0), units + " vs " + midpoint);
            previous = index;
        }
        assertEquals(LatencyHistogram.fineIndex(Long.MAX_VALUE), LatencyHistogram.fineIndex(1L << 50));
    }

    @Test
    void losesNoCountUnderConcurrency() throws InterruptedException {
        LatencyHistogram histogram = new LatencyHistogram();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            pool.execute(() -> {
                for (int i = 0; i < 100_000; i++) {
                    histogram.record(i % 3 == 0 ? 200_000 : 3_000_000);
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
        var snapshot = histogram.snapshot();
        assertEquals(400_000, snapshot.count());
        assertEquals(4 * 33_334, snapshot.cumulative()[indexOf(0.00025)]);
    }

    @Test
    void writesPrometheusHistogramAndQuantiles() {
        RouteMetrics metrics = new RouteMetrics();
        metrics.record("GET", "/api/v1/buildings/{id}", 200, 2_000_000);
        metrics.record("GET", "/api/v1/buildings/{id}", 404, 500_000);
        PrometheusText text = new PrometheusText();
        metrics.writeTo(text);
        String out = text.toString();
        assertTrue(out.contains("# TYPE http_server_request_duration_seconds histogram\n"), out);
        assertTrue(out.contains("http_server_request_duration_seconds_bucket{method=\"GET\","
                + "route=\"/api/v1/buildings/{id}\",status=\"2xx\",le=\"0.00025\"} 0\n"), out);
        assertTrue(out.contains("route=\"/api/v1/buildings/{id}\",status=\"4xx\",le=\"+Inf\"} 1\n"), out);
        assertTrue(out.contains("http_server_request_duration_seconds_sum{method=\"GET\","
                + "route=\"/api/v1/buildings/{id}\",status=\"2xx\"} 0.002\n"), out);
        assertTrue(out.contains("status=\"2xx\",quantile=\"0.999\"} 0.00"), out);
    }

    @Test
    void madeUpMethodsShareOneSeries() {
        RouteMetrics metrics = new RouteMetrics();
        for (int i = 0; i < 1000; i++) {
            metrics.record("X" + i, RouteMetrics.UNMATCHED, 405, 1_000);
        }
        PrometheusText text = new PrometheusText();
        metrics.writeTo(text);
        assertTrue(text.toString().contains("http_server_request_duration_seconds_count{method=\"other\","
                + "route=\"unmatched\",status=\"4xx\"} 1000\n"), text.toString());
        assertEquals(1, text.toString().lines().filter(l -> l.startsWith("http_server_request_duration_seconds_count"))
                .count());
    }

    @Test
    void printsPlainDecimals() {
        assertEquals("0.00025", PrometheusText.number(0.00025));
        assertEquals("10", PrometheusText.number(10.0));
        assertEquals("+Inf", PrometheusText.number(Double.POSITIVE_INFINITY));
        assertArrayEquals(new double[] {0.0001, 10}, new double[] {LatencyHistogram.BOUNDS_SECONDS[0],
            LatencyHistogram.BOUNDS_SECONDS[LatencyHistogram.BOUNDS_SECONDS.length - 1]});
    }

    private static int indexOf(double bound) {
        for (int i = 0; i < LatencyHistogram.BOUNDS_SECONDS.length; i++) {
            if (LatencyHistogram.BOUNDS_SECONDS[i] == bound) {
                return i;
            }
        }
        throw new IllegalArgumentException("no bound " + bound);
    }
}
