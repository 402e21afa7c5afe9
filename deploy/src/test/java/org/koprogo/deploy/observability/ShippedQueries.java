package org.koprogo.deploy.observability;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.yaml.snakeyaml.Yaml;

/** The PromQL that deploy/ ships: the Prometheus rules' expressions and the Grafana dashboard's queries. */
public final class ShippedQueries {

    /** deploy/prometheus and deploy/grafana, from the deploy module's directory where the tests run. */
    public static final Path PROMETHEUS = Path.of("prometheus");
    public static final Path RULES = PROMETHEUS.resolve("rules");
    public static final Path DASHBOARD = Path.of("grafana", "dashboards", "koprogo.json");

    /** @param origin where it is written, for messages */
    public record Query(String origin, String expression) {
    }

    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\((.+),\\s*(\\w+)\\s*\\)");

    private ShippedQueries() {
    }

    /** Every rule's expression, recording and alerting. */
    public static List<Query> rules() throws IOException {
        List<Query> queries = new ArrayList<>();
        for (Map<String, Object> rule : allRules()) {
            String name = rule.containsKey("record") ? "record " + rule.get("record") : "alert " + rule.get("alert");
            queries.add(new Query(name, (String) rule.get("expr")));
        }
        return queries;
    }

    /** The series the rules record, which queries may read besides the platform's. */
    public static Set<String> recordedNames() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Map<String, Object> rule : allRules()) {
            if (rule.containsKey("record")) {
                names.add((String) rule.get("record"));
            }
        }
        return names;
    }

    /**
     * Every panel's query and every template variable's, Grafana's variables left in. A variable's
     * {@code label_values(selector, label)} becomes {@code count by (label) (selector)}: the label must exist on
     * what it selects.
     */
    public static List<Query> dashboard() throws IOException {
        JsonObject dashboard = dashboardJson();
        List<Query> queries = new ArrayList<>();
        for (JsonObject panel : panels(dashboard)) {
            for (JsonValue target : panel.getJsonArray("targets")) {
                queries.add(new Query("panel '" + panel.getString("title") + "'",
                        target.asJsonObject().getString("expr")));
            }
        }
        for (JsonValue value : dashboard.getJsonObject("templating").getJsonArray("list")) {
            JsonObject variable = value.asJsonObject();
            JsonValue query = variable.get("query");
            String text = query instanceof JsonString string ? string.getString()
                    : query.asJsonObject().getString("query");
            Matcher labelValues = LABEL_VALUES.matcher(text);
            if (!labelValues.matches()) {
                throw new IllegalArgumentException("variable " + variable.getString("name")
                        + ": only label_values(selector, label) is understood, not " + text);
            }
            queries.add(new Query("variable " + variable.getString("name"),
                    "count by (" + labelValues.group(2) + ") (" + labelValues.group(1) + ")"));
        }
        return queries;
    }

    public static JsonObject dashboardJson() throws IOException {
        try (Reader reader = Files.newBufferedReader(DASHBOARD)) {
            return Json.createReader(reader).readObject();
        }
    }

    /** The panels that query, those of collapsed rows included (Grafana nests them in the row). */
    public static List<JsonObject> panels(JsonObject parent) {
        List<JsonObject> panels = new ArrayList<>();
        for (JsonValue value : parent.getJsonArray("panels")) {
            JsonObject panel = value.asJsonObject();
            if (panel.containsKey("panels")) {
                panels.addAll(panels(panel));
            }
            if (panel.containsKey("targets")) {
                panels.add(panel);
            }
        }
        return panels;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> allRules() throws IOException {
        List<Map<String, Object>> rules = new ArrayList<>();
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    Map<String, Object> document = new Yaml().load(reader);
                    for (Map<String, Object> group : (List<Map<String, Object>>) document.get("groups")) {
                        rules.addAll((List<Map<String, Object>>) group.get("rules"));
                    }
                }
            }
        }
        return rules;
    }
}
