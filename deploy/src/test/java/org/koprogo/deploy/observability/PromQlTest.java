package org.koprogo.deploy.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PromQlTest {

    @Test
    void findsMetricsAndTheirMatchersPastFunctionsAggregationsAndGrafanaVariables() {
        PromQl.Expression expression = PromQl.parse("histogram_quantile(0.99, sum by (method, route, le) "
                + "(rate(http_server_request_duration_seconds_bucket{job=\"koprogo\", route=~\"$route\"}"
                + "[$__rate_interval])))");
        assertEquals(List.of(new PromQl.Selector("http_server_request_duration_seconds_bucket",
                Set.of("job", "route"))), expression.selectors());
        assertEquals(Set.of("method", "route", "le"), expression.groupingLabels());
    }

    @Test
    void readsJoinsSetOperatorsBareNamesAndNumbers() {
        PromQl.Expression expression = PromQl.parse("(up{job=\"koprogo\"} == 1 and on (instance) koprogo_db_connections)"
                + " or on (instance) up * 0 + 1e-12 > bool 0x1F unless job:rate:sum offset 5m"
                + " / on () group_left () koprogo:limit:setting");
        assertEquals(List.of(new PromQl.Selector("up", Set.of("job")),
                new PromQl.Selector("koprogo_db_connections", Set.of()),
                new PromQl.Selector("up", Set.of()),
                new PromQl.Selector("job:rate:sum", Set.of()),
                new PromQl.Selector("koprogo:limit:setting", Set.of())), expression.selectors());
        assertEquals(Set.of("instance"), expression.groupingLabels());
    }

    @Test
    void skipsLabelValuesThatLookLikeNamesOrHoldBraces() {
        PromQl.Expression expression = PromQl.parse(
                "count(koprogo_db_connections{state=~\"idle in transaction|active\", x!=\"a{b}\\\"c\"})");
        assertEquals(List.of(new PromQl.Selector("koprogo_db_connections", Set.of("state", "x"))),
                expression.selectors());
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThrows(IllegalArgumentException.class, () -> PromQl.parse("{__name__=\"up\"}"));
        assertThrows(IllegalArgumentException.class, () -> PromQl.parse("up{job=\"koprogo}"));
    }
}
