package org.koprogo.deploy.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/prometheus as Prometheus itself reads it, with Debian's promtool: the configurations and rules load,
 * and the rules' unit tests (deploy/prometheus/tests) pass; the Grafana dashboard's queries are PromQL.
 */
class PromtoolTest {

    @Test
    void configurationsLoadWithTheirRules() throws Exception {
        promtool(List.of("check", "config"), files(ShippedQueries.PROMETHEUS));
    }

    @Test
    void rulesAreValid() throws Exception {
        promtool(List.of("check", "rules"), files(ShippedQueries.RULES));
    }

    @Test
    void rulesPassTheirUnitTests() throws Exception {
        promtool(List.of("test", "rules"), files(ShippedQueries.PROMETHEUS.resolve("tests")));
    }

    /** Grafana sends them with its variables replaced: a range for the interval, a regular expression for the rest. */
    @Test
    void dashboardQueriesAreValidPromQl(@TempDir Path dir) throws Exception {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (ShippedQueries.Query query : ShippedQueries.dashboard()) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("record", "dashboard:query_" + rules.size());
            rule.put("expr", query.expression().replaceAll("\\$__\\w+", "1m").replaceAll("\\$\\w+", ".*"));
            rules.add(rule);
        }
        Path file = dir.resolve("dashboard-queries.yml");
        Files.writeString(file, new Yaml().dump(Map.of("groups", List.of(Map.of("name", "dashboard", "rules", rules)))));
        promtool(List.of("check", "rules"), List.of(file.toString()));
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yml")).map(Path::toString).sorted().toList();
        }
    }

    private static void promtool(List<String> command, List<String> files) throws Exception {
        List<String> line = new ArrayList<>(List.of("promtool"));
        line.addAll(command);
        line.addAll(files);
        Process process;
        try {
            process = new ProcessBuilder(line).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("promtool is missing: run scripts/install-test-tools (as root) to install the test "
                    + "suite's tools", e);
        }
        // read to the end first: promtool blocks once the pipe's buffer is full
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", line) + " failed:\n" + output);
    }
}
