package org.koprogo.load.metrics;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the server's route latency histograms from its {@code /metrics} text (Prometheus exposition format):
 * {@code http_server_request_duration_seconds_bucket{method=..,route=..,status=..,le=..}}, {@code _sum} and
 * {@code _count}. Every other line is skipped.
 */
public final class PrometheusHistograms {

    static final String NAME = "http_server_request_duration_seconds";

    public record Key(String method, String route, String status) {
    }

    /** One series: cumulative counts by upper bound in seconds (+Inf last), the sum of seconds and the count. */
    public static final class Series {
        final TreeMap<Double, Long> buckets = new TreeMap<>();
        double sumSeconds;
        long count;
    }

    private PrometheusHistograms() {
    }

    public static Map<Key, Series> parse(String text) {
        Map<Key, Series> series = new HashMap<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith(NAME)) {
                continue;
            }
            int brace = line.indexOf('{');
            int close = line.lastIndexOf('}');
            if (brace < 0 || close < brace) {
                continue;
            }
            String suffix = line.substring(NAME.length(), brace);
            Map<String, String> labels = labels(line.substring(brace + 1, close));
            String[] valueAndTime = line.substring(close + 1).trim().split("\\s+");
            double value = number(valueAndTime[0]);
            Series one = series.computeIfAbsent(
                    new Key(labels.get("method"), labels.get("route"), labels.get("status")), k -> new Series());
            switch (suffix) {
                case "_bucket" -> one.buckets.put(number(labels.get("le")), (long) value);
                case "_sum" -> one.sumSeconds = value;
                case "_count" -> one.count = (long) value;
                default -> {
                    // Another family sharing the prefix (e.g. a quantile gauge): not a histogram line.
                }
            }
        }
        series.values().removeIf(s -> s.buckets.isEmpty());
        return series;
    }

    /** {@code key="value",...} with the format's escapes (backslash, quote, newline) in values. */
    static Map<String, String> labels(String text) {
        Map<String, String> labels = new HashMap<>();
        int i = 0;
        while (i < text.length()) {
            int equals = text.indexOf('=', i);
            if (equals < 0 || equals + 1 >= text.length() || text.charAt(equals + 1) != '"') {
                throw new IllegalArgumentException("malformed labels: " + text);
            }
            String name = text.substring(i, equals).trim();
            StringBuilder value = new StringBuilder();
            int j = equals + 2;
            for (; j < text.length() && text.charAt(j) != '"'; j++) {
                char c = text.charAt(j);
                if (c == '\\' && j + 1 < text.length()) {
                    char escaped = text.charAt(++j);
                    value.append(escaped == 'n' ? '\n' : escaped);
                } else {
                    value.append(c);
                }
            }
            labels.put(name, value.toString());
            i = j + 1;
            while (i < text.length() && (text.charAt(i) == ',' || text.charAt(i) == ' ')) {
                i++;
            }
        }
        return labels;
    }

    private static double number(String text) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }
}
