package org.koprogo.load.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.koprogo.load.result.RunResult;

class ServerRoutesTest {

    @Test
    void interpolatesLinearlyInsideTheBucketHoldingTheRank() {
        TreeMap<Double, Long> cumulative = new TreeMap<>();
        cumulative.put(0.001, 10L);
        cumulative.put(0.005, 30L);
        cumulative.put(Double.POSITIVE_INFINITY, 40L);

        // Rank 4 of 40 lies 40 % into [0, 1 ms]; rank 20 half-way through the 20 in (1, 5] ms.
        assertEquals(0.4, ServerRoutes.quantileMs(cumulative, 0.1), 1e-9);
        assertEquals(3.0, ServerRoutes.quantileMs(cumulative, 0.5), 1e-9);
        assertEquals(5.0, ServerRoutes.quantileMs(cumulative, 0.75), 1e-9);
        // In the +Inf bucket: the highest finite bound.
        assertEquals(5.0, ServerRoutes.quantileMs(cumulative, 0.99), 1e-9);
    }

    @Test
    void skipsEmptyBucketsBeforeTheRank() {
        TreeMap<Double, Long> cumulative = new TreeMap<>();
        cumulative.put(0.001, 0L);
        cumulative.put(0.002, 0L);
        cumulative.put(0.004, 4L);
        cumulative.put(Double.POSITIVE_INFINITY, 4L);

        assertEquals(3.0, ServerRoutes.quantileMs(cumulative, 0.5), 1e-9);
        assertEquals(4.0, ServerRoutes.quantileMs(cumulative, 1.0), 1e-9);
    }

    @Test
    void keepsWhatHappenedBetweenTheTwoReadings() {
        String after = PrometheusHistogramsTest.TEXT
                .replace("le=\"0.001\"} 10", "le=\"0.001\"} 12")
                .replace("le=\"0.005\"} 30", "le=\"0.005\"} 50")
                .replace("le=\"+Inf\"} 40", "le=\"+Inf\"} 60")
                .replace("status=\"2xx\"} 0.2", "status=\"2xx\"} 0.26")
                .replace("_count{method=\"GET\",route=\"/api/v1/buildings\",status=\"2xx\"} 40",
                        "_count{method=\"GET\",route=\"/api/v1/buildings\",status=\"2xx\"} 60")
                + "http_server_request_duration_seconds_bucket{method=\"POST\",route=\"/api/v1/units\",status=\"5xx\","
                + "le=\"+Inf\"} 0\n";

        List<RunResult.ServerRoute> routes = ServerRoutes.between(PrometheusHistogramsTest.TEXT, after);

        assertEquals(1, routes.size(), "series without requests in between are left out");
        RunResult.ServerRoute buildings = routes.get(0);
        assertEquals("GET", buildings.method());
        assertEquals("/api/v1/buildings", buildings.route());
        assertEquals("2xx", buildings.status());
        assertEquals(20, buildings.count());
        assertEquals(3.0, buildings.meanMs(), 1e-9);
        assertEquals(List.of(new RunResult.Bucket("1", 2), new RunResult.Bucket("5", 20),
                new RunResult.Bucket("+Inf", 20)), buildings.buckets());
        // Rank 10 of 20: 8 of the 18 requests in (1, 5] ms.
        assertEquals(1 + 4 * 8.0 / 18, buildings.p50Ms(), 1e-9);
    }

    @Test
    void aServerRestartedInBetweenCountsFromZero() {
        String after = PrometheusHistogramsTest.TEXT.replace("} 40", "} 4").replace("} 30", "} 3")
                .replace("} 10", "} 1");

        assertEquals(4, ServerRoutes.between(PrometheusHistogramsTest.TEXT, after).get(0).count());
    }

    @Test
    void sumsTheInstancesBehindALoadBalancerBucketByBucket() {
        String more = PrometheusHistogramsTest.TEXT
                .replace("le=\"0.001\"} 10", "le=\"0.001\"} 12")
                .replace("le=\"0.005\"} 30", "le=\"0.005\"} 50")
                .replace("le=\"+Inf\"} 40", "le=\"+Inf\"} 60")
                .replace("status=\"2xx\"} 0.2", "status=\"2xx\"} 0.26")
                .replace("_count{method=\"GET\",route=\"/api/v1/buildings\",status=\"2xx\"} 40",
                        "_count{method=\"GET\",route=\"/api/v1/buildings\",status=\"2xx\"} 60");
        ServerRoutes.Reading twentyMore = new ServerRoutes.Reading(PrometheusHistogramsTest.TEXT, more);
        // The second instance restarted: all it counted since is in the run.
        ServerRoutes.Reading restarted = new ServerRoutes.Reading(more, PrometheusHistogramsTest.TEXT);

        List<RunResult.ServerRoute> routes = ServerRoutes.across(List.of(twentyMore, restarted));

        RunResult.ServerRoute buildings = routes.get(0);
        assertEquals(60, buildings.count());
        assertEquals(List.of(new RunResult.Bucket("1", 12), new RunResult.Bucket("5", 50),
                new RunResult.Bucket("+Inf", 60)), buildings.buckets());
        assertEquals((60 + 200) / 60.0, buildings.meanMs(), 1e-9);
        assertEquals(new ServerRoutes.Total(20, ServerRoutes.quantileMs(cumulative(2, 20, 20), 0.99)),
                ServerRoutes.total(twentyMore));
        assertEquals(new ServerRoutes.Total(0, null), ServerRoutes.total(new ServerRoutes.Reading(more, more)));
    }

    private static TreeMap<Double, Long> cumulative(long oneMs, long fiveMs, long all) {
        TreeMap<Double, Long> cumulative = new TreeMap<>();
        cumulative.put(0.001, oneMs);
        cumulative.put(0.005, fiveMs);
        cumulative.put(Double.POSITIVE_INFINITY, all);
        return cumulative;
    }
}
