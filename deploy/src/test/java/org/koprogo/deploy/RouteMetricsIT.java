package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** /metrics must be right under concurrent load: exact counts, cumulative buckets, seconds. */
@ExtendWith(SharedPlatform.class)
class RouteMetricsIT {

    private static final String HISTOGRAM = "http_server_request_duration_seconds";
    private static final String QUANTILES = "http_server_request_duration_quantile_seconds";
    private static final Map<String, String> MODULES_OK =
            Map.of("method", "GET", "route", "/api/v1/modules", "status", "2xx");

    final RunningPlatform platform;

    RouteMetricsIT(RunningPlatform platform) {
        this.platform = platform;
    }

    PrometheusScrape scrape() throws Exception {
        HttpResponse<String> metrics = Http.get(platform.uri("/metrics"));
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        return PrometheusScrape.parse(metrics.body());
    }

    @Test
    void countsEveryRequestOnceInCumulativeBucketsInSeconds() throws Exception {
        PrometheusScrape before = scrape();
        int requests = 1_500;
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> statuses = clients.invokeAll(java.util.Collections.nCopies(requests,
                    () -> Http.get(platform.uri("/api/v1/modules")).statusCode()));
            for (Future<Integer> status : statuses) {
                assertEquals(200, status.get());
            }
        } finally {
            clients.shutdown();
        }
        PrometheusScrape after = scrape();
        assertEquals("histogram", after.types().get(HISTOGRAM));

        double count = after.value(HISTOGRAM + "_count", MODULES_OK);
        assertEquals(requests, count - before.valueOrZero(HISTOGRAM + "_count", MODULES_OK));

        List<PrometheusScrape.Sample> buckets = after.select(HISTOGRAM + "_bucket", MODULES_OK);
        assertTrue(buckets.size() > 10, "buckets: " + buckets.size());
        double previous = 0;
        for (PrometheusScrape.Sample bucket : buckets) {
            assertTrue(bucket.value() >= previous, "cumulative: " + buckets);
            previous = bucket.value();
        }
        PrometheusScrape.Sample last = buckets.get(buckets.size() - 1);
        assertEquals("+Inf", last.labels().get("le"));
        assertEquals(count, last.value(), "+Inf bucket holds every request");
        double newInBuckets = buckets.get(buckets.size() - 2).value()
                - before.valueOrZero(HISTOGRAM + "_bucket", with(MODULES_OK, "le", "10"));
        assertEquals(requests, newInBuckets, "no request of a local GET takes 10 s: all counted under le=10");

        double meanSeconds = (after.value(HISTOGRAM + "_sum", MODULES_OK)
                - before.valueOrZero(HISTOGRAM + "_sum", MODULES_OK)) / requests;
        assertTrue(meanSeconds > 1e-6 && meanSeconds < 1, "mean in seconds, got " + meanSeconds);

        double p50 = after.value(QUANTILES, with(MODULES_OK, "quantile", "0.5"));
        double p999 = after.value(QUANTILES, with(MODULES_OK, "quantile", "0.999"));
        assertTrue(p50 > 1e-6 && p50 < 1, "p50 in seconds, got " + p50);
        assertTrue(p50 <= after.value(QUANTILES, with(MODULES_OK, "quantile", "0.99")) && p999 < 10,
                "quantiles ordered and in seconds");
    }

    @Test
    void labelsRoutesByTemplateAndStatusClass() throws Exception {
        String id = UUID.randomUUID().toString();
        assertEquals(404, Api.admin(platform).get("/api/v1/buildings/" + id).statusCode());
        assertEquals(404, Http.get(platform.uri("/api/v1/definitely/" + id)).statusCode());
        PrometheusScrape metrics = scrape();
        assertTrue(metrics.value(HISTOGRAM + "_count",
                Map.of("method", "GET", "route", "/api/v1/buildings/{id}", "status", "4xx")) >= 1);
        assertTrue(metrics.value(HISTOGRAM + "_count",
                Map.of("method", "GET", "route", "unmatched", "status", "4xx")) >= 1);
        assertTrue(metrics.samples().stream().noneMatch(s -> s.labels().values().stream()
                .anyMatch(v -> v.contains(id))), "raw paths never become labels");
    }

    @Test
    void exposesProcessMemoryAndDatabaseConnections() throws Exception {
        PrometheusScrape metrics = scrape();
        double rss = metrics.value("process_resident_memory_bytes", Map.of());
        assertTrue(rss > 50e6 && rss < 4e9, "RSS in bytes: " + rss);
        assertTrue(metrics.value("jvm_memory_max_bytes", Map.of("area", "heap")) > 0);
        double pooled = metrics.value("koprogo_db_connections", Map.of("state", "active"))
                + metrics.value("koprogo_db_connections", Map.of("state", "idle"));
        assertTrue(pooled >= 2 && pooled <= 8, "the pool keeps 2 to 8 connections open: " + pooled);
    }

    private static Map<String, String> with(Map<String, String> labels, String key, String value) {
        var copy = new java.util.HashMap<>(labels);
        copy.put(key, value);
        return copy;
    }
}
