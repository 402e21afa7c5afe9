package org.koprogo.core.metrics.control;

import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * One latency histogram per (method, route template, status class). Route templates, never raw paths, keep
 * the number of series bounded; requests that matched no route share the route {@value #UNMATCHED}.
 */
@ApplicationScoped
public class RouteMetrics {

    public static final String UNMATCHED = "unmatched";
    static final String NAME = "http_server_request_duration_seconds";
    static final String QUANTILE_NAME = "http_server_request_duration_quantile_seconds";
    static final double[] QUANTILES = {0.5, 0.75, 0.95, 0.99, 0.999};

    public record Route(String method, String template, String statusClass) {
    }

    private static final String[] STATUS_CLASSES = {"1xx", "2xx", "3xx", "4xx", "5xx"};

    /** Methods come from clients: any other becomes "other", or made-up methods would grow series unbounded. */
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final Map<Route, LatencyHistogram> histograms = new ConcurrentHashMap<>();

    public void record(String method, String template, int status, long nanos) {
        int family = status / 100;
        String statusClass = family >= 1 && family <= 5 ? STATUS_CLASSES[family - 1] : "5xx";
        String knownMethod = METHODS.contains(method) ? method : "other";
        histograms.computeIfAbsent(new Route(knownMethod, template, statusClass), r -> new LatencyHistogram())
                .record(nanos);
    }

    public void writeTo(PrometheusText out) {
        var routes = histograms.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().snapshot()))
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Route::template)
                        .thenComparing(Route::method).thenComparing(Route::statusClass)))
                .toList();
        out.family(NAME, "histogram", "Server-side latency of HTTP requests by method, route template and "
                + "status class, since start");
        for (var entry : routes) {
            Route route = entry.getKey();
            LatencyHistogram.Snapshot snapshot = entry.getValue();
            String labels = labels(route);
            long[] cumulative = snapshot.cumulative();
            for (int i = 0; i < LatencyHistogram.BOUNDS_SECONDS.length; i++) {
                out.sample(NAME + "_bucket", labels + ",le=\"" + PrometheusText.number(
                        LatencyHistogram.BOUNDS_SECONDS[i]) + "\"", cumulative[i]);
            }
            out.sample(NAME + "_bucket", labels + ",le=\"+Inf\"", snapshot.count());
            out.sample(NAME + "_sum", labels, snapshot.sumSeconds());
            out.sample(NAME + "_count", labels, snapshot.count());
        }
        out.family(QUANTILE_NAME, "gauge", "Latency quantiles of HTTP requests since start, in seconds "
                + "(about 3 % resolution); for windows use histogram_quantile over " + NAME);
        for (var entry : routes) {
            String labels = labels(entry.getKey());
            for (double q : QUANTILES) {
                out.sample(QUANTILE_NAME, labels + ",quantile=\"" + PrometheusText.number(q) + "\"",
                        entry.getValue().quantileSeconds(q));
            }
        }
    }

    private static String labels(Route route) {
        return "method=\"" + PrometheusText.escape(route.method()) + "\",route=\""
                + PrometheusText.escape(route.template()) + "\",status=\"" + route.statusClass() + "\"";
    }
}
