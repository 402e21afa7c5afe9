package org.koprogo.load.report;

import java.util.List;

/** The comparison as Markdown tables, to paste into an issue or a README next to the HTML page. */
final class MarkdownComparison {

    private MarkdownComparison() {
    }

    static String render(Comparison comparison) {
        StringBuilder out = new StringBuilder();
        out.append("| measure | before | after | after / before |\n|---|---:|---:|---:|\n");
        for (Comparison.Change change : comparison.summary()) {
            row(out, change.title(), List.of(change));
        }
        List<Comparison.RouteChange> routes = comparison.routes();
        if (!routes.isEmpty()) {
            out.append("\n| route | req/s before | after | × | p50 ms before | after | × ")
                    .append("| p99 ms before | after | × |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Comparison.RouteChange route : routes) {
                row(out, route.label(), List.of(route.throughput(), route.p50(), route.p99()));
            }
        }
        List<Comparison.Change> frames = comparison.frames();
        if (!frames.isEmpty()) {
            out.append("\n| frame | self % before | after | × |\n|---|---:|---:|---:|\n");
            for (Comparison.Change frame : frames) {
                row(out, "`" + frame.name() + "`", List.of(frame));
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String label, List<Comparison.Change> changes) {
        out.append("| ").append(cell(label));
        for (Comparison.Change change : changes) {
            Comparison.Verdict verdict = change.verdict();
            out.append(" | ").append(change.format(change.before()))
                    .append(" | ").append(change.format(change.after()))
                    .append(" | ").append(change.ratioText()).append(verdict.word.isEmpty() ? "" : " " + verdict.word);
        }
        out.append(" |\n");
    }

    /** A pipe would end the cell early. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
