package org.koprogo.load.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PrometheusHistogramsTest {

    static final String TEXT = """
            # HELP http_server_request_duration_seconds Server-side latency
            # TYPE http_server_request_duration_seconds histogram
            http_server_request_duration_seconds_bucket{method="GET",route="/api/v1/buildings",status="2xx",le="0.001"} 10
            http_server_request_duration_seconds_bucket{method="GET",route="/api/v1/buildings",status="2xx",le="0.005"} 30
            http_server_request_duration_seconds_bucket{method="GET",route="/api/v1/buildings",status="2xx",le="+Inf"} 40
            http_server_request_duration_seconds_sum{method="GET",route="/api/v1/buildings",status="2xx"} 0.2
            http_server_request_duration_seconds_count{method="GET",route="/api/v1/buildings",status="2xx"} 40
            # TYPE http_server_request_duration_quantile_seconds gauge
            http_server_request_duration_quantile_seconds{method="GET",route="/api/v1/buildings",status="2xx",quantile="0.5"} 0.003
            jvm_memory_used_bytes{area="heap"} 1.5E7
            """;

    @Test
    void readsBucketsSumAndCountOfEachSeries() {
        Map<PrometheusHistograms.Key, PrometheusHistograms.Series> series = PrometheusHistograms.parse(TEXT);

        assertEquals(1, series.size());
        PrometheusHistograms.Series buildings = series.get(
                new PrometheusHistograms.Key("GET", "/api/v1/buildings", "2xx"));
        assertEquals(List.of(0.001, 0.005, Double.POSITIVE_INFINITY), List.copyOf(buildings.buckets.keySet()));
        assertEquals(List.of(10L, 30L, 40L), List.copyOf(buildings.buckets.values()));
        assertEquals(0.2, buildings.sumSeconds, 1e-12);
        assertEquals(40, buildings.count);
    }

    @Test
    void unescapesLabelValues() {
        assertEquals(Map.of("route", "/a\\b\"c\nd", "le", "0.5"),
                PrometheusHistograms.labels("route=\"/a\\\\b\\\"c\\nd\",le=\"0.5\""));
    }
}
