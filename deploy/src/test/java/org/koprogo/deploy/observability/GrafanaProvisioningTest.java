package org.koprogo.deploy.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Grafana as the compose file starts it: the provisioned data source is the one every panel names, the dashboard
 * provider reads the folder the dashboard is mounted at, and the dashboard's variables filter every query.
 */
class GrafanaProvisioningTest {

    private static final Path PROVISIONING = Path.of("grafana", "provisioning");

    @Test
    void everyPanelAndVariableUsesTheProvisionedPrometheus() throws IOException {
        Map<String, Object> datasource = first(load(PROVISIONING.resolve("datasources/prometheus.yml")), "datasources");
        assertEquals("prometheus", datasource.get("type"));
        assertEquals("http://prometheus:9090", datasource.get("url"));
        JsonObject dashboard = ShippedQueries.dashboardJson();
        List<JsonObject> users = new ArrayList<>(ShippedQueries.panels(dashboard));
        dashboard.getJsonObject("templating").getJsonArray("list").forEach(v -> users.add(v.asJsonObject()));
        for (JsonObject user : users) {
            assertEquals(datasource.get("uid"), user.getJsonObject("datasource").getString("uid"),
                    "data source of " + user.getString("title", user.getString("name", "")));
        }
    }

    @Test
    void providerLoadsTheFolderTheDashboardIsMountedAt() throws IOException {
        Map<String, Object> provider = first(load(PROVISIONING.resolve("dashboards/koprogo.yml")), "providers");
        assertEquals("file", provider.get("type"));
        assertEquals(Map.of("path", "/var/lib/grafana/dashboards", "foldersFromFilesStructure", false),
                provider.get("options"));
    }

    /** Per-instance and per-route views are only true if no query forgets its variable. */
    @Test
    void queriesOfThePlatformsMetricsFilterByInstanceAndRouteHistogramsByRoute() throws IOException {
        JsonObject dashboard = ShippedQueries.dashboardJson();
        Set<String> variables = Set.of("instance", "route");
        dashboard.getJsonObject("templating").getJsonArray("list")
                .forEach(v -> assertTrue(variables.contains(v.asJsonObject().getString("name"))));
        for (ShippedQueries.Query query : ShippedQueries.dashboard()) {
            if (!query.origin().startsWith("panel")) {
                continue;
            }
            for (PromQl.Selector selector : PromQl.parse(query.expression()).selectors()) {
                if (selector.metric().contains(":")) {
                    continue; // recorded by the rules for the whole job
                }
                assertTrue(selector.labels().contains("instance"), query + " must filter " + selector.metric()
                        + " by $instance");
                if (selector.metric().startsWith("http_server_request_duration_seconds")) {
                    assertTrue(selector.labels().contains("route"), query + " must filter by $route");
                }
            }
        }
    }

    private static Map<String, Object> load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new Yaml().load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Map<String, Object> document, String list) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) document.get(list);
        assertEquals(1, items.size(), list);
        return items.get(0);
    }
}
