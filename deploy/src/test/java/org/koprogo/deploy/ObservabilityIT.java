package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.koprogo.deploy.observability.PromQl;
import org.koprogo.deploy.observability.ShippedQueries;

/**
 * The shipped Prometheus rules and Grafana dashboard read what a running platform exports: every metric they
 * name is in its /metrics, with every label they match or group on. A renamed metric or label would otherwise
 * leave a panel empty and an alert silent, which nothing else would notice.
 */
@ExtendWith(SharedPlatform.class)
class ObservabilityIT {

    /** Series Prometheus makes itself for every target, and the labels it adds to every series. */
    private static final Set<String> SCRAPE_SERIES = Set.of("up");
    private static final Set<String> TARGET_LABELS = Set.of("job", "instance");

    final RunningPlatform platform;
    PrometheusScrape scrape;

    ObservabilityIT(RunningPlatform platform) {
        this.platform = platform;
    }

    /** Requests that leave a histogram for a matched and an unmatched route, 2xx and 4xx. */
    @BeforeEach
    void scrapeAfterTraffic() throws Exception {
        Api admin = Api.admin(platform);
        assertEquals(200, admin.get("/api/v1/buildings").statusCode());
        assertEquals(404, admin.get("/api/v1/buildings/" + UUID.randomUUID()).statusCode());
        assertEquals(404, Http.get(platform.uri("/api/v1/definitely-not-a-route")).statusCode());
        HttpResponse<String> metrics = Http.get(platform.uri("/metrics"));
        assertEquals(200, metrics.statusCode());
        scrape = PrometheusScrape.parse(metrics.body());
    }

    @Test
    void rulesReadOnlyExportedMetricsAndLabels() throws Exception {
        List<ShippedQueries.Query> rules = ShippedQueries.rules();
        assertTrue(rules.size() >= 10, "the rules: " + rules);
        assertEquals(List.of(), unknownNames(rules));
    }

    @Test
    void dashboardReadsOnlyExportedMetricsAndLabels() throws Exception {
        List<ShippedQueries.Query> dashboard = ShippedQueries.dashboard();
        assertTrue(dashboard.size() >= 10, "the dashboard's queries: " + dashboard);
        assertEquals(List.of(), unknownNames(dashboard));
    }

    /** The check itself: a query naming what the platform does not export is caught. */
    @Test
    void namesNeitherExportedNorRecordedAreReported() throws Exception {
        List<ShippedQueries.Query> wrong = List.of(
                new ShippedQueries.Query("a renamed metric", "rate(http_requests_total[1m])"),
                new ShippedQueries.Query("a label it lacks", "process_resident_memory_bytes{area=\"heap\"}"),
                new ShippedQueries.Query("a grouping label it lacks", "sum by (path) (http_server_request_duration_seconds_count)"),
                new ShippedQueries.Query("a series no rule records", "job:nothing:rate1m"));
        assertEquals(List.of(
                "a renamed metric: http_requests_total is not in /metrics",
                "a label it lacks: process_resident_memory_bytes has no label area",
                "a grouping label it lacks: no metric it reads has a label path",
                "a series no rule records: job:nothing:rate1m is not recorded by deploy/prometheus/rules"),
                unknownNames(wrong));
    }

    /**
     * What the queries name but a scrape of the platform lacks. Recorded series (level:metric:operations, with
     * colons) must be recorded by a rule instead; a query that reads one is not checked for its grouping labels,
     * which the rule decides.
     */
    private List<String> unknownNames(List<ShippedQueries.Query> queries) throws Exception {
        Set<String> recorded = ShippedQueries.recordedNames();
        List<String> unknown = new ArrayList<>();
        for (ShippedQueries.Query query : queries) {
            PromQl.Expression expression = PromQl.parse(query.expression());
            Set<String> labelsRead = new TreeSet<>(TARGET_LABELS);
            boolean readsRecorded = false;
            for (PromQl.Selector selector : expression.selectors()) {
                if (selector.metric().contains(":")) {
                    readsRecorded = true;
                    if (!recorded.contains(selector.metric())) {
                        unknown.add(query.origin() + ": " + selector.metric()
                                + " is not recorded by deploy/prometheus/rules");
                    }
                    continue;
                }
                Set<String> labels = SCRAPE_SERIES.contains(selector.metric()) ? Set.of()
                        : exportedLabels(selector.metric());
                if (labels == null) {
                    unknown.add(query.origin() + ": " + selector.metric() + " is not in /metrics");
                    continue;
                }
                labelsRead.addAll(labels);
                for (String label : selector.labels()) {
                    if (!labels.contains(label) && !TARGET_LABELS.contains(label)) {
                        unknown.add(query.origin() + ": " + selector.metric() + " has no label " + label);
                    }
                }
            }
            if (!readsRecorded) {
                for (String label : expression.groupingLabels()) {
                    if (!labelsRead.contains(label)) {
                        unknown.add(query.origin() + ": no metric it reads has a label " + label);
                    }
                }
            }
        }
        return unknown;
    }

    /** The labels of a metric's samples, null if it has none in the scrape. */
    private Set<String> exportedLabels(String metric) {
        Set<String> labels = null;
        for (PrometheusScrape.Sample sample : scrape.samples()) {
            if (sample.name().equals(metric)) {
                if (labels == null) {
                    labels = new TreeSet<>();
                }
                labels.addAll(sample.labels().keySet());
            }
        }
        return labels;
    }
}
