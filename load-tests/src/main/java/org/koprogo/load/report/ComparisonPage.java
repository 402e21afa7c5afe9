package org.koprogo.load.report;

import java.util.List;

import org.koprogo.load.profile.Profiling;
import org.koprogo.load.result.RunResult;
import org.koprogo.load.result.RunResult.Environment;
import org.koprogo.load.result.RunResult.Second;
import org.koprogo.load.result.RunResult.Settings;

/** Two runs on one page: the measures side by side with their ratio, and both runs' curves overlaid. */
final class ComparisonPage {

    private final Comparison comparison;
    private final Markup out;

    private ComparisonPage(Comparison comparison, Markup out) {
        this.comparison = comparison;
        this.out = out;
    }

    static String render(Comparison comparison) {
        String title = "Comparison · " + name(comparison.after()) + " vs " + name(comparison.before());
        return Page.render(title, out -> {
            ComparisonPage page = new ComparisonPage(comparison, out);
            out.element("h1", title);
            out.element("p", "Ratios are after / before. Green is better (lower latency, higher throughput), red "
                    + "worse; changes within " + Math.round(Comparison.SAME_WITHIN * 100) + " % are grey.",
                    "class", "sub");
            page.runs();
            page.summary();
            page.timeCharts();
            page.routes();
            page.serverRoutes();
            page.frames();
            page.queries();
        });
    }

    private void runs() {
        Table table = Table.start(out, "runs").head().heading("run").heading("scenario").heading("started")
                .heading("commit").heading("host").heading("model").numericHeading("connections")
                .numericHeading("measured s").heading("JVM options");
        run(table, "before", comparison.before());
        run(table, "after", comparison.after());
        table.end();
    }

    private static void run(Table table, String which, RunResult run) {
        Environment environment = run.environment();
        Settings settings = run.settings();
        table.row().cell(which).cell(run.scenario()).cell(run.startedAt())
                .cell(environment == null ? null : environment.commit())
                .cell(environment == null ? null : environment.host())
                .cell(settings == null ? null : settings.model())
                .number(settings == null ? null : settings.connections())
                .number(settings == null ? null : settings.durationSeconds())
                .cell(environment == null ? null : environment.jvmOptions());
    }

    private void summary() {
        out.open("section", "id", "summary").element("h2", "Summary");
        Table table = Table.start(out, "comparison").head().heading("measure").numericHeading("before")
                .numericHeading("after").numericHeading("after / before");
        for (Comparison.Change change : comparison.summary()) {
            changeCells(table.row().cell(change.title()), change);
        }
        table.end();
        out.close("section");
    }

    private void timeCharts() {
        out.open("section", "id", "timeline").element("h2", "Over time");
        List<Second> before = Runs.timeline(comparison.before());
        List<Second> after = Runs.timeline(comparison.after());
        if (before.isEmpty() && after.isEmpty()) {
            out.element("p", "Neither run has per-second data.", "class", "note").close("section");
            return;
        }
        double seconds = Math.max(Runs.seconds(comparison.before()), Runs.seconds(comparison.after()));
        List<Marker> markers = Runs.phaseMarkers(comparison.after());
        LineChart.latency("Client p99 per second", List.of(
                Series.of("before", Palette.BEFORE, before, Second::t, s -> s.requests() > 0 ? s.p99() : null),
                Series.of("after", Palette.AFTER, after, Second::t, s -> s.requests() > 0 ? s.p99() : null)),
                markers, seconds).render(out);
        LineChart.linear("Throughput", "req/s", List.of(
                Series.of("before", Palette.BEFORE, before, Second::t, Second::requests),
                Series.of("after", Palette.AFTER, after, Second::t, Second::requests)), markers, seconds)
                .render(out);
        out.close("section");
    }

    private void routes() {
        out.open("section", "id", "routes").element("h2", "Routes, as the client saw them");
        List<Comparison.RouteChange> routes = comparison.routes();
        if (routes.isEmpty()) {
            out.element("p", "Neither run measured a request.", "class", "note").close("section");
            return;
        }
        Table table = Table.start(out, "comparison").head().heading("route")
                .numericHeading("req/s before").numericHeading("after").numericHeading("×")
                .numericHeading("p50 ms before").numericHeading("after").numericHeading("×")
                .numericHeading("p99 ms before").numericHeading("after").numericHeading("×");
        for (Comparison.RouteChange route : routes) {
            table.row().cell(route.label());
            changeCells(table, route.throughput());
            changeCells(table, route.p50());
            changeCells(table, route.p99());
        }
        table.end();
        new BarChart("p99 by route", "ms", routes.stream().map(Comparison.RouteChange::label).toList(), List.of(
                new BarChart.Bars("before", Palette.BEFORE, values(routes, true)),
                new BarChart.Bars("after", Palette.AFTER, values(routes, false)))).render(out);
        out.close("section");
    }

    private void serverRoutes() {
        out.open("section", "id", "server").element("h2", "Routes, as the server timed them");
        List<Comparison.ServerRouteChange> routes = comparison.serverRoutes();
        if (routes.isEmpty()) {
            out.element("p", "Neither run read /metrics.", "class", "note").close("section");
            return;
        }
        Table table = Table.start(out, "comparison").head().heading("route").heading("status")
                .numericHeading("requests before").numericHeading("after").numericHeading("×")
                .numericHeading("p99 ms before").numericHeading("after").numericHeading("×");
        for (Comparison.ServerRouteChange route : routes) {
            table.row().cell(route.label()).cell(route.status());
            changeCells(table, route.count());
            changeCells(table, route.p99());
        }
        table.end();
        out.close("section");
    }

    private void frames() {
        List<Comparison.Change> frames = comparison.frames();
        if (frames.isEmpty()) {
            return;
        }
        out.open("section", "id", "profile").element("h2", "CPU of the app, top frames");
        out.element("p", "Each frame's share of its run's CPU samples spent in the frame itself (self time); a "
                + "dash: not among that run's top " + Profiling.TOP_FRAMES + ".", "class", "note");
        Table table = Table.start(out, "comparison").head().heading("frame")
                .numericHeading("self % before").numericHeading("after").numericHeading("×");
        for (Comparison.Change frame : frames) {
            table.row();
            table.cellMarkup().element("code", frame.name());
            changeCells(table.endCellMarkup(), frame);
        }
        table.end();
        out.close("section");
    }

    private void queries() {
        out.open("section", "id", "queries").element("h2", "Top queries");
        out.element("h3", "Before");
        QueryTable.render(out, Runs.topQueries(comparison.before()));
        out.element("h3", "After");
        QueryTable.render(out, Runs.topQueries(comparison.after()));
        out.close("section");
    }

    /** Before, after, and the ratio coloured by its verdict. */
    private static void changeCells(Table table, Comparison.Change change) {
        Comparison.Verdict verdict = change.verdict();
        String ratio = change.ratioText() + (verdict.word.isEmpty() ? "" : " " + verdict.word);
        table.number(change.format(change.before())).number(change.format(change.after()))
                .number(ratio, verdict.cssClass);
    }

    private static double[] values(List<Comparison.RouteChange> routes, boolean before) {
        return routes.stream().map(Comparison.RouteChange::p99).map(c -> before ? c.before() : c.after())
                .mapToDouble(value -> value == null ? Double.NaN : value).toArray();
    }

    private static String name(RunResult run) {
        return Format.orMissing(run.scenario()) + " " + Format.orMissing(run.startedAt());
    }
}
