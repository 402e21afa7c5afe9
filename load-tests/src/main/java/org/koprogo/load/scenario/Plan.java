package org.koprogo.load.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.koprogo.load.result.RunResult;
import org.koprogo.load.result.RunResult.Phase;
import org.koprogo.load.traffic.ClosedLoad;
import org.koprogo.load.traffic.Load;
import org.koprogo.load.traffic.Mix;
import org.koprogo.load.traffic.OpenLoad;

/** A scenario with the command line's overrides applied: exactly what a run will do. */
record Plan(String scenario, boolean open, List<Phase> phases, Mix mix, int warmupSeconds) {

    /** Connections of the open model unless given: enough for 1000 req/s at up to 64 ms per request. */
    static final int OPEN_MODEL_CONNECTIONS = 64;

    static Plan of(RunOptions options) {
        Scenario scenario = Scenario.named(options.scenario());
        List<Phase> phases = scenario.phases();
        boolean open = scenario.open();
        if (options.rate() != null) {
            if (phases.size() > 1) {
                throw new IllegalArgumentException("--rate applies to single-phase scenarios, not " + scenario.name());
            }
            Phase only = phases.get(0);
            phases = List.of(new Phase(only.name(), 0, only.seconds(),
                    open ? only.connections() : OPEN_MODEL_CONNECTIONS, options.rate()));
            open = true;
        }
        if (options.connections() != null) {
            phases = withLargest(phases, options.connections());
        }
        if (options.durationSeconds() != null) {
            phases = stretched(phases, options.durationSeconds());
        }
        int warmup = options.warmupSeconds() != null ? options.warmupSeconds() : scenario.defaultWarmupSeconds();
        return new Plan(scenario.name(), open, phases, scenario.mix(), warmup);
    }

    int durationSeconds() {
        Phase last = phases.get(phases.size() - 1);
        return last.startSecond() + last.seconds();
    }

    int maxConnections() {
        return phases.stream().mapToInt(Phase::connections).max().orElse(0);
    }

    Double rate() {
        return open ? phases.get(0).ratePerSecond() : null;
    }

    Load load() {
        return open ? new OpenLoad(rate(), durationSeconds(), mix) : new ClosedLoad(phases, mix);
    }

    /** The same shape, unrecorded: the first phase's connections (a spike's baseline), or the same rate. */
    Load warmup() {
        return open ? new OpenLoad(rate(), warmupSeconds, mix)
                : new ClosedLoad(List.of(new Phase("warm-up", 0, warmupSeconds, phases.get(0).connections(), null)),
                mix);
    }

    int connectionsAt(int second) {
        for (Phase phase : phases) {
            if (second < phase.startSecond() + phase.seconds()) {
                return phase.connections();
            }
        }
        return phases.get(phases.size() - 1).connections();
    }

    /** The open model may still complete requests while it drains its backlog after the end. */
    int timelineCapacity() {
        return open ? durationSeconds() + OpenLoad.DRAIN_SECONDS + 1 : durationSeconds();
    }

    Optional<Phase> phase(String name) {
        return phases.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    RunResult.Settings settings(String seedLabel) {
        return new RunResult.Settings(open ? "open" : "closed", maxConnections(), rate(), warmupSeconds,
                durationSeconds(), phases, mix.describe(), seedLabel);
    }

    /** The largest phase gets {@code connections}, the others as many in proportion (at least 1). */
    static List<Phase> withLargest(List<Phase> phases, int connections) {
        int largest = phases.stream().mapToInt(Phase::connections).max().orElse(1);
        List<Phase> scaled = new ArrayList<>();
        for (Phase p : phases) {
            int count = Math.max(1, (int) Math.round((double) p.connections() * connections / largest));
            scaled.add(new Phase(p.name(), p.startSecond(), p.seconds(), count, p.ratePerSecond()));
        }
        return scaled;
    }

    /** The phases scaled to {@code total} seconds in proportion, each at least a second. */
    static List<Phase> stretched(List<Phase> phases, int total) {
        int before = phases.stream().mapToInt(Phase::seconds).sum();
        List<Phase> scaled = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            int seconds = i == phases.size() - 1 ? Math.max(1, total - start)
                    : Math.max(1, (int) Math.round((double) p.seconds() * total / before));
            scaled.add(new Phase(p.name(), start, seconds, p.connections(), p.ratePerSecond()));
            start += seconds;
        }
        return scaled;
    }
}
