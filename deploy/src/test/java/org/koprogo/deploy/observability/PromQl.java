package org.koprogo.deploy.observability;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a PromQL expression reads: the metrics it selects with the labels it matches on, and the labels it
 * groups or joins by. A tokenizer, not a parser: enough to hold the shipped queries against a live /metrics.
 * Grafana's variables ({@code $instance}, {@code [$__rate_interval]}) sit in strings and ranges, which it skips.
 */
public final class PromQl {

    /** One metric selector: {@code name{label="value", ...}}. */
    public record Selector(String metric, Set<String> labels) {
    }

    public record Expression(List<Selector> selectors, Set<String> groupingLabels) {
    }

    /**
     * Words that are operators, modifiers or aggregations, never metric names (an aggregation may stand before its
     * parenthesis, as in {@code sum by (job) (...)}).
     */
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without",
            "on", "ignoring", "group_left", "group_right", "atan2", "inf", "nan", "sum", "min", "max", "avg", "group",
            "stddev", "stdvar", "count", "count_values", "bottomk", "topk", "quantile");
    /** Keywords whose parenthesised list names labels. */
    private static final Set<String> GROUPING = Set.of("by", "without", "on", "ignoring", "group_left", "group_right");

    private final String text;
    private int at;

    private PromQl(String text) {
        this.text = text;
    }

    public static Expression parse(String expression) {
        return new PromQl(expression).expression();
    }

    private Expression expression() {
        List<Selector> selectors = new ArrayList<>();
        Set<String> grouping = new TreeSet<>();
        while (skipSpace()) {
            char c = text.charAt(at);
            if (isIdentifierStart(c)) {
                String word = identifier();
                skipSpace();
                boolean call = at < text.length() && text.charAt(at) == '(';
                if (GROUPING.contains(word) && call) {
                    grouping.addAll(labelList());
                } else if (!call && !KEYWORDS.contains(word.toLowerCase())) {
                    selectors.add(new Selector(word, at < text.length() && text.charAt(at) == '{'
                            ? matchers() : Set.of()));
                }
            } else if (c == '{') {
                throw new IllegalArgumentException("a selector without a metric name in: " + text);
            } else if (c == '[') {
                at = closing(']');
            } else if (c == '"' || c == '\'' || c == '`') {
                string();
            } else if (Character.isDigit(c) || c == '.') {
                number();
            } else {
                at++;
            }
        }
        return new Expression(selectors, grouping);
    }

    /** The label names of {@code {a="x", b=~"y"}}, the cursor on its brace. */
    private Set<String> matchers() {
        Set<String> labels = new TreeSet<>();
        at++;
        while (skipSpace() && text.charAt(at) != '}') {
            char c = text.charAt(at);
            if (isIdentifierStart(c)) {
                labels.add(identifier());
            } else if (c == '"' || c == '\'' || c == '`') {
                string();
            } else {
                at++;
            }
        }
        at++;
        return labels;
    }

    /** The names of {@code (a, b)}, the cursor on its parenthesis. */
    private List<String> labelList() {
        int end = closing(')');
        List<String> labels = new ArrayList<>();
        for (String label : text.substring(at + 1, end - 1).split(",")) {
            if (!label.isBlank()) {
                labels.add(label.strip());
            }
        }
        at = end;
        return labels;
    }

    /** The position after the first {@code close} from the cursor on. */
    private int closing(char close) {
        int end = text.indexOf(close, at);
        if (end < 0) {
            throw new IllegalArgumentException("no '" + close + "' after position " + at + " in: " + text);
        }
        return end + 1;
    }

    private void string() {
        char quote = text.charAt(at++);
        while (at < text.length() && text.charAt(at) != quote) {
            at += text.charAt(at) == '\\' && quote != '`' ? 2 : 1;
        }
        if (at >= text.length()) {
            throw new IllegalArgumentException("an unterminated string in: " + text);
        }
        at++;
    }

    /** Decimal, exponent and hexadecimal forms alike: letters and dots that follow a digit belong to it. */
    private void number() {
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '.'
                || (text.charAt(at) == '-' || text.charAt(at) == '+') && "eE".indexOf(text.charAt(at - 1)) >= 0)) {
            at++;
        }
    }

    private String identifier() {
        int start = at;
        while (at < text.length() && (isIdentifierStart(text.charAt(at)) || Character.isDigit(text.charAt(at)))) {
            at++;
        }
        return text.substring(start, at);
    }

    private static boolean isIdentifierStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':';
    }

    /** Moves past white space; false at the end. */
    private boolean skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at < text.length();
    }
}
