package org.koprogo.load.report;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

import org.koprogo.load.profile.CollapsedStacks;
import org.koprogo.load.result.RunResult;
import org.koprogo.load.scenario.SpikeAnalysis;
import org.koprogo.load.result.RunResult.Environment;
import org.koprogo.load.result.RunResult.Latency;
import org.koprogo.load.result.RunResult.MixEntry;
import org.koprogo.load.result.RunResult.Phase;
import org.koprogo.load.result.RunResult.Profile;
import org.koprogo.load.result.RunResult.RouteStats;
import org.koprogo.load.result.RunResult.Sample;
import org.koprogo.load.result.RunResult.Second;
import org.koprogo.load.result.RunResult.Settings;
import org.koprogo.load.result.RunResult.ServerRoute;
import org.koprogo.load.result.RunResult.Spike;
import org.koprogo.load.result.RunResult.Summary;

/** The report of one run: what ran where, the verdict in figures, then the detail over time, by route, in SQL. */
final class RunPage {

    /** A spike passes when p99 is back near its baseline within this many seconds. */
    private static final int RECOVERY_BOUND_SECONDS = 5;
    /** Recovery as the run measured it, e.g. "1.5". */
    private static final String FACTOR = BigDecimal.valueOf(SpikeAnalysis.RECOVERED_FACTOR).stripTrailingZeros()
            .toPlainString();

    private final RunResult run;
    private final Markup out;

    private RunPage(RunResult run, Markup out) {
        this.run = run;
        this.out = out;
    }

    /** {@code stacks} are the run's collapsed stacks, null when it has none (no profile, or the file is gone). */
    static String render(RunResult run, CollapsedStacks stacks) {
        return Page.render("Load test · " + Format.orMissing(run.scenario()), out -> {
            RunPage page = new RunPage(run, out);
            page.header();
            page.summary();
            page.spike();
            ClusterSections.faults(run, out);
            page.timeCharts();
            ClusterSections.instances(run, out, ClusterSections.markers(run));
            page.routes();
            page.serverRoutes();
            page.profile(stacks);
            out.open("section", "id", "queries").element("h2", "Top queries");
            QueryTable.render(out, Runs.topQueries(run));
            out.close("section");
        });
    }

    /** Anything but 2xx and 3xx is an error, "0" (a transport failure) included. */
    private static boolean isErrorStatus(String status) {
        return status == null || !status.matches("[23]\\d\\d");
    }

    private void header() {
        out.element("h1", "Load test · " + Format.orMissing(run.scenario()));
        out.element("p", "started " + Format.orMissing(run.startedAt()) + " · against "
                + Format.orMissing(run.baseUrl()), "class", "sub");
        out.open("div", "class", "columns").open("div");
        out.element("h3", "Environment");
        Environment environment = run.environment();
        if (environment == null) {
            out.element("p", "Not recorded.", "class", "note");
        } else {
            Table.start(out, "facts").row().heading("commit").cell(environment.commit())
                    .row().heading("host").cell(environment.host())
                    .row().heading("cores").cell(environment.cores())
                    .row().heading("CPU").cell(environment.cpuModel())
                    .row().heading("memory").cell(Format.count(environment.memoryMb()) + " MB")
                    .row().heading("Java").cell(environment.javaVersion())
                    .row().heading("JVM options").cell(environment.jvmOptions())
                    .row().heading("notes").cell(environment.notes())
                    .end();
        }
        out.close("div").open("div");
        out.element("h3", "Settings");
        Settings settings = run.settings();
        if (settings == null) {
            out.element("p", "Not recorded.", "class", "note");
        } else {
            Table.start(out, "facts").row().heading("model").cell(settings.model())
                    .row().heading("connections").cell(settings.connections())
                    .row().heading("rate").cell(settings.ratePerSecond() == null ? "as fast as answered"
                            : Format.decimal(settings.ratePerSecond()) + " req/s")
                    .row().heading("warm-up").cell(settings.warmupSeconds() + " s")
                    .row().heading("measured").cell(settings.durationSeconds() + " s")
                    .row().heading("seed").cell(settings.seed())
                    .end();
        }
        out.close("div").close("div");
        phases();
        mix();
    }

    private void phases() {
        List<Phase> phases = Runs.phases(run);
        if (phases.isEmpty()) {
            return;
        }
        out.element("h3", "Phases");
        Table table = Table.start(out, "phases").head().heading("phase").numericHeading("from second")
                .numericHeading("seconds").numericHeading("connections").numericHeading("rate req/s");
        for (Phase phase : phases) {
            table.row().cell(phase.name()).number(phase.startSecond()).number(phase.seconds())
                    .number(phase.connections()).number(Format.decimal(phase.ratePerSecond()));
        }
        table.end();
    }

    private void mix() {
        List<MixEntry> mix = run.settings() == null || run.settings().mix() == null ? List.of()
                : run.settings().mix();
        if (mix.isEmpty()) {
            return;
        }
        out.element("h3", "Traffic mix");
        long totalWeight = mix.stream().mapToLong(MixEntry::weight).sum();
        Table table = Table.start(out, "mix").head().heading("method").heading("route").numericHeading("weight")
                .numericHeading("share");
        for (MixEntry entry : mix) {
            table.row().cell(entry.method()).cell(entry.route()).number(entry.weight())
                    .number(Format.percent(entry.weight(), totalWeight));
        }
        table.end();
    }

    private void summary() {
        Summary summary = Runs.summary(run);
        Latency latency = summary.latencyMs();
        // with no request, a latency of 0 would read as a measurement
        DoubleFunction<String> ms = value -> summary.requests() > 0 ? Format.ms(value) : Format.MISSING;
        out.open("section", "id", "summary").element("h2", "Summary").open("div", "class", "cards");
        card("requests", Format.count(summary.requests()), "measured over "
                + Format.compact(Runs.seconds(run)) + " s", false);
        card("throughput", Format.decimal(summary.throughputPerSecond()), "requests per second", false);
        card("errors", Format.count(summary.errors()), Format.percent(summary.errors(), summary.requests())
                + " of requests", summary.errors() > 0);
        card("p50", ms.apply(latency.p50()), "ms · mean " + ms.apply(latency.mean()), false);
        card("p90", ms.apply(latency.p90()), "ms", false);
        card("p99", ms.apply(latency.p99()), "ms", false);
        card("p99.9", ms.apply(latency.p999()), "ms", false);
        card("max", ms.apply(latency.max()), "ms", false);
        statusesCard(summary.statuses());
        out.close("div").close("section");
    }

    private void card(String label, String value, String detail, boolean bad) {
        out.open("div", "class", bad ? "card bad" : "card").element("div", label, "class", "label")
                .element("div", value, "class", "value").element("div", detail, "class", "detail").close("div");
    }

    private void statusesCard(Map<String, Long> statuses) {
        out.open("div", "class", "card").element("div", "statuses", "class", "label").open("div", "class", "detail");
        if (statuses.isEmpty()) {
            out.text(Format.MISSING);
        }
        new TreeMap<>(statuses).forEach((status, count) -> out.element("div", status + ": " + Format.count(count),
                "class", isErrorStatus(status) ? "bad" : null));
        out.close("div").close("div");
    }

    private void spike() {
        Spike spike = run.spike();
        if (spike == null) {
            return;
        }
        out.open("section", "id", "spike").element("h2", "Spike");
        Integer recovery = spike.recoverySeconds();
        boolean recovered = recovery != null && recovery <= RECOVERY_BOUND_SECONDS;
        String verdict = recovery == null
                ? "p99 did not come back within " + FACTOR + "× its baseline before the run ended."
                : "p99 came back within " + FACTOR + "× its baseline " + recovery + " s after the spike ("
                        + (recovered ? "within" : "beyond") + " the " + RECOVERY_BOUND_SECONDS + " s bound).";
        out.element("p", verdict, "class", recovered ? "verdict good" : "verdict bad");
        String ratio = spike.baselineP99Ms() > 0 ? " (" + Format.ratio(spike.spikeP99Ms() / spike.baselineP99Ms())
                + " the baseline)" : "";
        Table.start(out, "facts").row().heading("baseline p99").cell(Format.ms(spike.baselineP99Ms()) + " ms")
                .row().heading("p99 during the spike").cell(Format.ms(spike.spikeP99Ms()) + " ms" + ratio)
                .row().heading("recovery").cell(recovery == null ? "none" : recovery + " s")
                .row().heading("5xx responses").cell(Format.count(spike.errors5xx()),
                        spike.errors5xx() > 0 ? "bad" : "good")
                .end();
        out.close("section");
    }

    private void timeCharts() {
        out.open("section", "id", "timeline").element("h2", "Over time");
        List<Second> timeline = Runs.timeline(run);
        List<Sample> samples = Runs.samples(run);
        List<Marker> markers = ClusterSections.markers(run);
        double seconds = Runs.seconds(run);
        if (timeline.isEmpty() && samples.isEmpty()) {
            out.element("p", "No per-second data in this run.", "class", "note");
        }
        if (!timeline.isEmpty()) {
            LineChart.latency("Client latency per second", List.of(
                    latencySeries("p50", Palette.P50, timeline, Second::p50),
                    latencySeries("p90", Palette.P90, timeline, Second::p90),
                    latencySeries("p99", Palette.P99, timeline, Second::p99),
                    latencySeries("max", Palette.MAX, timeline, Second::max)), markers, seconds).render(out);
            LineChart.linear("Throughput and errors", "per s", List.of(
                    Series.of("requests", Palette.REQUESTS, timeline, Second::t, Second::requests),
                    Series.of("errors", Palette.ERRORS, timeline, Second::t, Second::errors)), markers, seconds)
                    .render(out);
            Series connections = Series.of("connections", Palette.CONNECTIONS, timeline, Second::t,
                    Second::connections);
            if (connections.varies()) {
                LineChart.linear("Client connections", "connections", List.of(connections), markers, seconds)
                        .render(out);
            }
        }
        sampleChart("CPU", "% of one core", markers, seconds,
                Series.of("app", Palette.APP, samples, Sample::t, Sample::appCpuPercent),
                Series.of("PostgreSQL", Palette.DB, samples, Sample::t, Sample::dbCpuPercent));
        sampleChart("Resident memory (RSS)", "MB", markers, seconds,
                Series.of("app", Palette.APP, samples, Sample::t, Sample::appRssMb),
                Series.of("PostgreSQL", Palette.DB, samples, Sample::t, Sample::dbRssMb));
        sampleChart("PostgreSQL connections", "connections", markers, seconds,
                Series.of("active", Palette.DB_ACTIVE, samples, Sample::t, Sample::dbConnectionsActive),
                Series.of("idle", Palette.DB_IDLE, samples, Sample::t, Sample::dbConnectionsIdle),
                Series.of("total", Palette.DB_TOTAL, samples, Sample::t, Sample::dbConnectionsTotal));
        sampleChart("Load average, 1 minute", "load", markers, seconds,
                Series.of("load1", Palette.LOAD, samples, Sample::t, Sample::load1));
        out.close("section");
    }

    /** A second without requests has no latency rather than a latency of zero. */
    private static Series latencySeries(String name, String colour, List<Second> timeline,
                                        ToDoubleFunction<Second> value) {
        return Series.of(name, colour, timeline, Second::t,
                second -> second.requests() > 0 ? value.applyAsDouble(second) : null);
    }

    /** Server samples are charted only when measured: a remote server leaves them null. */
    private void sampleChart(String title, String unit, List<Marker> markers, double seconds, Series... series) {
        if (Arrays.stream(series).anyMatch(Series::hasData)) {
            LineChart.linear(title, unit, List.of(series), markers, seconds).render(out);
        }
    }

    private void routes() {
        out.open("section", "id", "routes").element("h2", "Routes, as the client saw them");
        List<RouteStats> routes = Runs.routes(run).stream()
                .sorted(Comparator.comparingLong(RouteStats::requests).reversed()).toList();
        if (routes.isEmpty()) {
            out.element("p", "No requests were measured.", "class", "note").close("section");
            return;
        }
        long total = Runs.summary(run).requests();
        Table table = Table.start(out, "routes").head().heading("method").heading("route")
                .numericHeading("requests").numericHeading("share").numericHeading("req/s")
                .numericHeading("errors").numericHeading("p50 ms").numericHeading("p90 ms")
                .numericHeading("p99 ms").numericHeading("max ms").heading("statuses");
        for (RouteStats route : routes) {
            Latency latency = Runs.latency(route);
            table.row().cell(route.method()).cell(route.route()).number(Format.count(route.requests()))
                    .number(Format.percent(route.requests(), total))
                    .number(Format.decimal(Runs.throughput(run, route)))
                    .number(Format.count(route.errors()), route.errors() > 0 ? "bad" : null)
                    .number(Format.ms(latency.p50())).number(Format.ms(latency.p90()))
                    .number(Format.ms(latency.p99())).number(Format.ms(latency.max()))
                    .cell(Format.statuses(route.statuses()));
        }
        table.end();
        List<RouteStats> slowestFirst = routes.stream()
                .sorted(Comparator.comparingDouble((RouteStats r) -> Runs.latency(r).p99()).reversed()).toList();
        new BarChart("p99 by route", "ms",
                slowestFirst.stream().map(r -> Runs.label(r.method(), r.route())).toList(),
                List.of(new BarChart.Bars("p99", Palette.P99,
                        slowestFirst.stream().mapToDouble(r -> Runs.latency(r).p99()).toArray())))
                .render(out);
        out.close("section");
    }

    private void serverRoutes() {
        out.open("section", "id", "server").element("h2", "Routes, as the server timed them");
        List<ServerRoute> routes = Runs.serverRoutes(run).stream()
                .sorted(Comparator.comparingDouble(ServerRoute::p99Ms).reversed()).toList();
        if (routes.isEmpty()) {
            out.element("p", "No server histograms: /metrics was not read in this run.", "class", "note")
                    .close("section");
            return;
        }
        out.element("p", "From the difference between /metrics before and after the measured phase, slowest p99 "
                + "first; bars are requests per bucket, dashed lines the server's percentiles.", "class", "note");
        out.open("div", "class", "histograms");
        routes.stream().filter(route -> route.count() > 0).forEach(route -> new HistogramChart(route).render(out));
        out.close("div");
        Table table = Table.start(out, "server-routes").head().heading("method").heading("route")
                .heading("status").numericHeading("requests").numericHeading("mean ms")
                .numericHeading("p50 ms").numericHeading("p95 ms").numericHeading("p99 ms");
        for (ServerRoute route : routes) {
            table.row().cell(route.method()).cell(route.route()).cell(route.status())
                    .number(Format.count(route.count())).number(Format.ms(route.meanMs()))
                    .number(Format.ms(route.p50Ms())).number(Format.ms(route.p95Ms()))
                    .number(Format.ms(route.p99Ms()));
        }
        table.end();
        out.close("section");
    }

    /** Only for runs that asked for a profile (--profile). */
    private void profile(CollapsedStacks stacks) {
        Profile profile = run.profile();
        if (profile == null) {
            return;
        }
        out.open("section", "id", "profile").element("h2", "CPU of the app");
        if (profile.unavailable() != null) {
            out.element("p", "No profile: " + profile.unavailable(), "class", "note").close("section");
            return;
        }
        out.element("p", "Java Flight Recorder sampled the app's running threads every 10 ms over the measured "
                + "phase: " + Format.count(profile.samples()) + " samples. Each box is a method as wide as the "
                + "samples it was on the stack for, its callers above it; hover for its share. Frames under "
                + Format.decimal(100 * FlameGraph.MIN_SHARE) + " % merge, stacks stop at " + FlameGraph.MAX_DEPTH
                + " rows. All the stacks: " + Format.orMissing(profile.stacksFile()) + ", the recording: "
                + Format.orMissing(profile.jfrFile()) + " (JDK Mission Control opens it).", "class", "note");
        if (stacks == null) {
            out.element("p", "No flame graph: " + Format.orMissing(profile.stacksFile())
                    + " was not found beside the result.", "class", "note");
        } else {
            FlameGraph.of(stacks).render(out);
        }
        out.element("h3", "Top frames, by self time");
        FrameTable.render(out, Runs.topFrames(run));
        out.close("section");
    }
}
