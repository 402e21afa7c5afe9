package org.koprogo.load.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.koprogo.load.result.RunResult;
import org.koprogo.load.result.RunResult.Frame;
import org.koprogo.load.result.RunResult.Latency;
import org.koprogo.load.result.RunResult.RouteStats;
import org.koprogo.load.result.RunResult.Sample;
import org.koprogo.load.result.RunResult.ServerRoute;
import org.koprogo.load.result.RunResult.Summary;

/**
 * Two runs measure by measure, each with the ratio after/before and whether that is an improvement; the HTML
 * page and the Markdown table both read it, so they never disagree.
 */
final class Comparison {

    /** Changes smaller than this share are noise on a shared machine, not a verdict. */
    static final double SAME_WITHIN = 0.02;

    enum Better { LOWER, HIGHER, NEITHER }

    enum Verdict {
        BETTER("good", "better"), WORSE("bad", "worse"), SAME("same", ""), UNKNOWN("same", "");

        final String cssClass;
        final String word;

        Verdict(String cssClass, String word) {
            this.cssClass = cssClass;
            this.word = word;
        }
    }

    /** One measure in both runs; null where a run did not measure it. */
    record Change(String name, Double before, Double after, Better better, String unit) {

        /** after / before, or null when it has no meaning (a missing value, or zero before). */
        Double ratio() {
            return before == null || after == null || before == 0 ? null : after / before;
        }

        Verdict verdict() {
            if (before == null || after == null) {
                return Verdict.UNKNOWN;
            }
            if (better == Better.NEITHER || before.equals(after)) {
                return Verdict.SAME;
            }
            Double ratio = ratio();
            if (ratio != null && Math.abs(ratio - 1) < SAME_WITHIN) {
                return Verdict.SAME;
            }
            boolean higher = after > before;
            return higher == (better == Better.HIGHER) ? Verdict.BETTER : Verdict.WORSE;
        }

        String ratioText() {
            if (before == null || after == null) {
                return Format.MISSING;
            }
            if (before == 0) {
                return after == 0 ? "=" : "∞";
            }
            return Format.ratio(after / before);
        }

        /** The name with its unit, e.g. "p99 (ms)"; counts need none. */
        String title() {
            return "count".equals(unit) ? name : name + " (" + unit + ")";
        }

        String format(Double value) {
            if (value == null) {
                return Format.MISSING;
            }
            return "count".equals(unit) ? Format.count(Math.round(value)) : Format.inUnit(value, unit);
        }
    }

    record RouteChange(String label, Change throughput, Change p50, Change p99) {
    }

    record ServerRouteChange(String label, String status, Change count, Change p99) {
    }

    private final RunResult before;
    private final RunResult after;

    Comparison(RunResult before, RunResult after) {
        this.before = before;
        this.after = after;
    }

    RunResult before() {
        return before;
    }

    RunResult after() {
        return after;
    }

    List<Change> summary() {
        Summary b = Runs.summary(before);
        Summary a = Runs.summary(after);
        List<Change> changes = new ArrayList<>(List.of(
                new Change("requests", (double) b.requests(), (double) a.requests(), Better.NEITHER, "count"),
                new Change("throughput", b.throughputPerSecond(), a.throughputPerSecond(), Better.HIGHER,
                        "req/s"),
                new Change("errors", (double) b.errors(), (double) a.errors(), Better.LOWER, "count"),
                new Change("error rate", errorPercent(b), errorPercent(a), Better.LOWER, "%")));
        latency(changes, "mean", Latency::mean);
        latency(changes, "p50", Latency::p50);
        latency(changes, "p90", Latency::p90);
        latency(changes, "p99", Latency::p99);
        latency(changes, "p99.9", Latency::p999);
        latency(changes, "max", Latency::max);
        sampled(changes, "app CPU, mean", "% of one core", Sample::appCpuPercent, Runs::mean);
        sampled(changes, "PostgreSQL CPU, mean", "% of one core", Sample::dbCpuPercent, Runs::mean);
        sampled(changes, "app RSS, max", "MB", Sample::appRssMb, Runs::max);
        sampled(changes, "PostgreSQL RSS, max", "MB", Sample::dbRssMb, Runs::max);
        if (before.spike() != null || after.spike() != null) {
            changes.add(new Change("spike p99", before.spike() == null ? null : before.spike().spikeP99Ms(),
                    after.spike() == null ? null : after.spike().spikeP99Ms(), Better.LOWER, "ms"));
            changes.add(new Change("spike recovery", recovery(before), recovery(after), Better.LOWER, "s"));
        }
        return changes;
    }

    /** Routes of both runs, the after run's busiest first, then those only the before run had. */
    List<RouteChange> routes() {
        List<RouteChange> changes = new ArrayList<>();
        for (Match<RouteStats> route : match(Runs.routes(before), Runs.routes(after),
                Comparator.comparingLong(RouteStats::requests).reversed(), r -> Runs.label(r.method(), r.route()))) {
            changes.add(new RouteChange(Runs.label(route.either().method(), route.either().route()),
                    new Change("req/s", route.before(r -> Runs.throughput(before, r)),
                            route.after(r -> Runs.throughput(after, r)), Better.HIGHER, "req/s"),
                    new Change("p50", route.before(r -> Runs.latency(r).p50()), route.after(r -> Runs.latency(r).p50()),
                            Better.LOWER, "ms"),
                    new Change("p99", route.before(r -> Runs.latency(r).p99()), route.after(r -> Runs.latency(r).p99()),
                            Better.LOWER, "ms")));
        }
        return changes;
    }

    /** Server routes of both runs matched by method, route and status, the after run's slowest first. */
    List<ServerRouteChange> serverRoutes() {
        List<ServerRouteChange> changes = new ArrayList<>();
        for (Match<ServerRoute> route : match(Runs.serverRoutes(before), Runs.serverRoutes(after),
                Comparator.comparingDouble(ServerRoute::p99Ms).reversed(),
                r -> Runs.label(r.method(), r.route()) + " " + r.status())) {
            ServerRoute either = route.either();
            changes.add(new ServerRouteChange(Runs.label(either.method(), either.route()), either.status(),
                    new Change("requests", route.before(r -> (double) r.count()), route.after(r -> (double) r.count()),
                            Better.NEITHER, "count"),
                    new Change("p99", route.before(ServerRoute::p99Ms), route.after(ServerRoute::p99Ms), Better.LOWER,
                            "ms")));
        }
        return changes;
    }

    /**
     * The frames either run's profile found busiest, by their share of its samples (self time): the after run's
     * busiest first. A share says where the CPU went, not whether it went well, so no verdict.
     */
    List<Change> frames() {
        List<Change> changes = new ArrayList<>();
        for (Match<Frame> frame : match(Runs.topFrames(before), Runs.topFrames(after),
                Comparator.comparingLong(Frame::selfSamples).reversed(), Frame::frame)) {
            changes.add(new Change(frame.either().frame(), frame.before(Frame::selfPercent),
                    frame.after(Frame::selfPercent), Better.NEITHER, "%"));
        }
        return changes;
    }

    /** An item of the before run and its match in the after run; either may be missing, not both. */
    private record Match<T>(T before, T after) {

        T either() {
            return after != null ? after : before;
        }

        Double before(Function<T, Double> value) {
            return before == null ? null : value.apply(before);
        }

        Double after(Function<T, Double> value) {
            return after == null ? null : value.apply(after);
        }
    }

    /** Both runs' items matched by key, in the after run's order, then those only the before run had. */
    private static <T> List<Match<T>> match(List<T> before, List<T> after, Comparator<T> order,
                                            Function<T, String> key) {
        Map<String, T> beforeByKey = byKey(before, order, key);
        Map<String, T> afterByKey = byKey(after, order, key);
        List<Match<T>> matches = new ArrayList<>();
        afterByKey.forEach((k, item) -> matches.add(new Match<>(beforeByKey.get(k), item)));
        beforeByKey.forEach((k, item) -> {
            if (!afterByKey.containsKey(k)) {
                matches.add(new Match<>(item, null));
            }
        });
        return matches;
    }

    private static <T> Map<String, T> byKey(List<T> items, Comparator<T> order, Function<T, String> key) {
        Map<String, T> byKey = new LinkedHashMap<>();
        items.stream().sorted(order).forEach(item -> byKey.putIfAbsent(key.apply(item), item));
        return byKey;
    }

    private void latency(List<Change> changes, String name, Function<Latency, Double> value) {
        changes.add(new Change(name, latency(before, value), latency(after, value), Better.LOWER, "ms"));
    }

    /** A run without requests has no latency, rather than a latency of zero. */
    private static Double latency(RunResult run, Function<Latency, Double> value) {
        Summary summary = Runs.summary(run);
        return summary.requests() == 0 ? null : value.apply(summary.latencyMs());
    }

    /** Server samples join the summary only when at least one run measured them. */
    private void sampled(List<Change> changes, String name, String unit, Function<Sample, ? extends Number> value,
                         BiFunction<RunResult, Function<Sample, ? extends Number>, Double> over) {
        Double b = over.apply(before, value);
        Double a = over.apply(after, value);
        if (b != null || a != null) {
            changes.add(new Change(name, b, a, Better.LOWER, unit));
        }
    }

    private static Double errorPercent(Summary summary) {
        return summary.requests() == 0 ? 0.0 : 100.0 * summary.errors() / summary.requests();
    }

    private static Double recovery(RunResult run) {
        return run.spike() == null || run.spike().recoverySeconds() == null ? null
                : run.spike().recoverySeconds().doubleValue();
    }
}
