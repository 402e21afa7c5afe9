package org.koprogo.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A parsed /metrics page: enough of the Prometheus text format to check what the platform writes. */
record PrometheusScrape(List<Sample> samples, Map<String, String> types) {

    record Sample(String name, Map<String, String> labels, double value) {
    }

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    static PrometheusScrape parse(String text) {
        List<Sample> samples = new ArrayList<>();
        Map<String, String> types = new TreeMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("# TYPE ")) {
                String[] parts = line.split(" ");
                types.put(parts[2], parts[3]);
            } else if (!line.isBlank() && !line.startsWith("#")) {
                Matcher sample = SAMPLE.matcher(line);
                if (!sample.matches()) {
                    throw new IllegalArgumentException("not Prometheus text: " + line);
                }
                Map<String, String> labels = new TreeMap<>();
                if (sample.group(2) != null) {
                    Matcher label = LABEL.matcher(sample.group(2));
                    while (label.find()) {
                        labels.put(label.group(1), label.group(2));
                    }
                }
                samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
            }
        }
        return new PrometheusScrape(samples, types);
    }

    /** Samples of one metric whose labels include all of {@code selector}. */
    List<Sample> select(String name, Map<String, String> selector) {
        return samples.stream()
                .filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(selector.entrySet()))
                .toList();
    }

    double value(String name, Map<String, String> selector) {
        List<Sample> matching = select(name, selector);
        if (matching.size() != 1) {
            throw new AssertionError(matching.size() + " samples of " + name + " " + selector);
        }
        return matching.get(0).value();
    }

    double valueOrZero(String name, Map<String, String> selector) {
        return select(name, selector).isEmpty() ? 0 : value(name, selector);
    }
}
