package org.koprogo.load.report;

import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.koprogo.load.result.RunResult;
import org.koprogo.load.result.RunResult.Frame;
import org.koprogo.load.result.RunResult.Latency;
import org.koprogo.load.result.RunResult.Phase;
import org.koprogo.load.result.RunResult.QueryStat;
import org.koprogo.load.result.RunResult.RouteStats;
import org.koprogo.load.result.RunResult.Sample;
import org.koprogo.load.result.RunResult.Second;
import org.koprogo.load.result.RunResult.ServerRoute;
import org.koprogo.load.result.RunResult.Summary;

/**
 * Reads a {@link RunResult} the way the pages need it: lists never null (a run that failed early or measured
 * nothing leaves them out) and the figures derived from several fields.
 */
final class Runs {

    private static final Latency NO_LATENCY = new Latency(0, 0, 0, 0, 0, 0, 0, 0);

    private Runs() {
    }

    static Summary summary(RunResult run) {
        Summary summary = run.summary();
        if (summary == null) {
            return new Summary(0, 0, 0, 0, NO_LATENCY, Map.of());
        }
        return new Summary(summary.requests(), summary.errors(), summary.errorRate(), summary.throughputPerSecond(),
                summary.latencyMs() == null ? NO_LATENCY : summary.latencyMs(),
                summary.statuses() == null ? Map.of() : summary.statuses());
    }

    static Latency latency(RouteStats route) {
        return route.latencyMs() == null ? NO_LATENCY : route.latencyMs();
    }

    static List<RouteStats> routes(RunResult run) {
        return orEmpty(run.routes());
    }

    static List<Second> timeline(RunResult run) {
        return orEmpty(run.timeline());
    }

    static List<Sample> samples(RunResult run) {
        return orEmpty(run.samples());
    }

    static List<ServerRoute> serverRoutes(RunResult run) {
        return orEmpty(run.serverRoutes());
    }

    static List<QueryStat> topQueries(RunResult run) {
        return orEmpty(run.topQueries());
    }

    static List<Frame> topFrames(RunResult run) {
        return run.profile() == null ? List.of() : orEmpty(run.profile().topFrames());
    }

    static List<Phase> phases(RunResult run) {
        return run.settings() == null ? List.of() : orEmpty(run.settings().phases());
    }

    /** "GET /api/v1/buildings", the key that matches a route across two runs. */
    static String label(String method, String route) {
        return Objects.toString(method, "") + " " + Objects.toString(route, "");
    }

    /** A route's share of the run's throughput, so that per-route rates add up to the summary's. */
    static double throughput(RunResult run, RouteStats route) {
        Summary summary = summary(run);
        return summary.requests() == 0 ? 0 : summary.throughputPerSecond() * route.requests() / summary.requests();
    }

    /** How far the time charts run: the planned duration, or longer if the timeline or the samples did. */
    static double seconds(RunResult run) {
        double seconds = run.settings() == null ? 0 : run.settings().durationSeconds();
        for (Second second : timeline(run)) {
            seconds = Math.max(seconds, second.t() + 1);
        }
        for (Sample sample : samples(run)) {
            seconds = Math.max(seconds, sample.t() + 1);
        }
        return seconds;
    }

    /** Phase starts as chart markers, when the run had more than one phase (a spike, a ramp). */
    static List<Marker> phaseMarkers(RunResult run) {
        List<Phase> phases = phases(run);
        if (phases.size() < 2) {
            return List.of();
        }
        List<Marker> markers = new ArrayList<>();
        for (Phase phase : phases) {
            String load = phase.ratePerSecond() != null ? Format.decimal(phase.ratePerSecond()) + " req/s"
                    : phase.connections() + " conn";
            markers.add(new Marker(phase.startSecond(), Format.orMissing(phase.name()) + " · " + load));
        }
        return markers;
    }

    /** The mean of a sampled value over the seconds it was measured, or null if it never was. */
    static Double mean(RunResult run, Function<Sample, ? extends Number> value) {
        DoubleSummaryStatistics measured = measured(run, value);
        return measured.getCount() == 0 ? null : measured.getAverage();
    }

    static Double max(RunResult run, Function<Sample, ? extends Number> value) {
        DoubleSummaryStatistics measured = measured(run, value);
        return measured.getCount() == 0 ? null : measured.getMax();
    }

    private static DoubleSummaryStatistics measured(RunResult run, Function<Sample, ? extends Number> value) {
        return samples(run).stream().map(value).filter(Objects::nonNull).mapToDouble(Number::doubleValue)
                .summaryStatistics();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
