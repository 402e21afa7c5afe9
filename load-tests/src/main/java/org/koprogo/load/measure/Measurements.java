package org.koprogo.load.measure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

import org.HdrHistogram.Histogram;

import org.koprogo.load.result.RunResult;
import org.koprogo.load.traffic.Recorder;
import org.koprogo.load.traffic.Route;

/** What the client saw during the measured phase: by route, in total and second by second. */
public final class Measurements implements Recorder {

    private final long startNanos;
    private final int seconds;
    private final Map<Route, RouteTally> routes = new EnumMap<>(Route.class);
    private final Timeline timeline;

    /**
     * @param seconds          the measured phase's length, which throughput is counted over
     * @param timelineCapacity seconds the timeline keeps; later completions count in its last second
     */
    public Measurements(long startNanos, int seconds, int timelineCapacity) {
        this.startNanos = startNanos;
        this.seconds = seconds;
        for (Route route : Route.values()) {
            routes.put(route, new RouteTally());
        }
        this.timeline = new Timeline(timelineCapacity);
    }

    /** Errors are every answer other than 2xx and 3xx, and transport failures (status 0). */
    public static boolean isError(int status) {
        return status < 200 || status >= 400;
    }

    @Override
    public void record(Route route, int status, long startNanos, long endNanos) {
        long micros = Latencies.micros(endNanos - startNanos);
        routes.get(route).record(micros, status);
        timeline.record((endNanos - this.startNanos) / 1_000_000_000L, micros, isError(status));
    }

    /** Requests completed so far; cheap enough to ask while the run goes on. */
    public long requests() {
        return routes.values().stream().mapToLong(RouteTally::requests).sum();
    }

    public long errors() {
        return routes.values().stream().mapToLong(RouteTally::errors).sum();
    }

    /** The routes that saw requests, in the order of {@link Route}. */
    public List<RunResult.RouteStats> routes() {
        List<RunResult.RouteStats> stats = new ArrayList<>();
        routes.forEach((route, tally) -> {
            if (tally.requests() > 0) {
                stats.add(new RunResult.RouteStats(route.method(), route.template(), tally.requests(),
                        tally.errors(), tally.statuses(), Latencies.of(tally.latencies())));
            }
        });
        return stats;
    }

    public RunResult.Summary summary() {
        Histogram all = Latencies.precise();
        Map<String, Long> statuses = RouteTally.byCode();
        long errors = 0;
        for (RouteTally tally : routes.values()) {
            all.add(tally.latencies());
            tally.statuses().forEach((code, count) -> statuses.merge(code, count, Long::sum));
            errors += tally.errors();
        }
        long requests = all.getTotalCount();
        return new RunResult.Summary(requests, errors, requests == 0 ? 0 : (double) errors / requests,
                seconds == 0 ? 0 : (double) requests / seconds, Latencies.of(all), statuses);
    }

    public List<RunResult.Second> timeline(IntUnaryOperator connectionsAt) {
        return timeline.seconds(seconds, connectionsAt);
    }

    /** The 99th percentile in ms of the requests completed in seconds [from, to). */
    public double p99Between(int fromSecond, int toSecond) {
        return Latencies.at(timeline.between(fromSecond, toSecond), 99);
    }
}
