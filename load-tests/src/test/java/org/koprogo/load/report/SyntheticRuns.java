package org.koprogo.load.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.koprogo.load.profile.CollapsedStacks;
import org.koprogo.load.profile.Profiling;
import org.koprogo.load.result.RunResult;
import org.koprogo.load.result.RunResult.Bucket;
import org.koprogo.load.result.RunResult.Environment;
import org.koprogo.load.result.RunResult.Latency;
import org.koprogo.load.result.RunResult.MixEntry;
import org.koprogo.load.result.RunResult.Phase;
import org.koprogo.load.result.RunResult.Profile;
import org.koprogo.load.result.RunResult.QueryStat;
import org.koprogo.load.result.RunResult.RouteStats;
import org.koprogo.load.result.RunResult.Sample;
import org.koprogo.load.result.RunResult.Second;
import org.koprogo.load.result.RunResult.ServerRoute;
import org.koprogo.load.result.RunResult.Settings;
import org.koprogo.load.result.RunResult.Spike;
import org.koprogo.load.result.RunResult.Summary;

/** Runs built in code for the tests: a spike run with a hostile route name, and a run that measured nothing. */
final class SyntheticRuns {

    static final String HOSTILE_ROUTE = "/api/v1/<script>alert(1)</script>";

    private SyntheticRuns() {
    }

    /**
     * 30 s: 10 connections, a spike to 200 from second 10 to 20, 10 again. Samples measure the app's CPU and RSS
     * (RSS missing in the first seconds) but nothing of PostgreSQL and no load average; three server routes, one
     * without requests.
     */
    static RunResult spike(double latencyFactor, double throughputFactor) {
        List<Second> timeline = new ArrayList<>();
        List<Sample> samples = new ArrayList<>();
        for (int t = 0; t < 30; t++) {
            boolean spiking = t >= 10 && t < 20;
            long requests = Math.round((spiking ? 1200 : 1000) * throughputFactor);
            double p50 = (spiking ? 40 : 2) * latencyFactor;
            // second 25 answered nothing: a gap in the latency lines, not a fall to zero
            timeline.add(new Second(t, spiking ? 200 : 10, t == 25 ? 0 : requests, spiking ? 3 : 0, p50,
                    p50 * 2, p50 * 5, p50 * 20));
            samples.add(new Sample(t, 150.0 + t, t < 3 ? null : 330.0 + t, null, null, null, null, null, null, null));
        }
        List<RouteStats> routes = List.of(
                new RouteStats("GET", "/api/v1/buildings", 20_000, 20, Map.of("200", 19_980L, "503", 20L),
                        latency(3 * latencyFactor)),
                new RouteStats("GET", HOSTILE_ROUTE, 8_000, 0, Map.of("200", 8_000L), latency(1.5 * latencyFactor)),
                new RouteStats("POST", "/api/v1/auth/login", 2_000, 0, Map.of("200", 2_000L),
                        latency(60 * latencyFactor)));
        List<ServerRoute> serverRoutes = List.of(
                new ServerRoute("GET", "/api/v1/buildings", "200", 19_980, 2.8, 2.5, 7.1, 12.0 * latencyFactor,
                        buckets(0, 0, 5_000, 12_000, 2_900, 80)),
                new ServerRoute("POST", "/api/v1/auth/login", "200", 2_000, 61, 58, 90, 140 * latencyFactor,
                        buckets(0, 0, 0, 0, 1_000, 1_000)),
                new ServerRoute("GET", "/api/v1/owners", "404", 0, 0, 0, 0, 0, buckets(0, 0, 0, 0, 0, 0)));
        List<QueryStat> queries = List.of(
                new QueryStat("SELECT * FROM buildings WHERE organization_id = $1 AND name <> '<b>' ORDER BY name, id "
                        + "LIMIT $2 OFFSET $3 -- a long query, folded into a details element in the table", 20_000,
                        4_000, 0.2, 30, 400_000),
                new QueryStat("SELECT 1", 10, 0.1, 0.01, 0.02, 10));
        Settings settings = new Settings("closed", 10, null, 10, 30,
                List.of(new Phase("baseline", 0, 10, 10, null), new Phase("spike", 10, 10, 200, null),
                        new Phase("recovery", 20, 10, 10, null)),
                List.of(new MixEntry("GET", "/api/v1/buildings", 10), new MixEntry("GET", HOSTILE_ROUTE, 4),
                        new MixEntry("POST", "/api/v1/auth/login", 1)), "42");
        Summary summary = new Summary(30_000, 20, 20 / 30_000.0, 1_000 * throughputFactor,
                latency(3 * latencyFactor), Map.of("200", 29_980L, "503", 20L));
        return new RunResult("spike", "2025-06-14T10:21:07Z", "http://localhost:8080",
                new Environment("c89b508", "bench-1", 2, "AMD EPYC", 7_940, "17.0.15", "-Xmx256m",
                        "notes & <i>markup</i>"),
                settings, summary, routes, timeline, samples, serverRoutes, queries,
                new Spike(15 * latencyFactor, 200 * latencyFactor, 3, 20), profile(stacks()), null, null);
    }

    /** A run that never got an answer: no lists at all, no spike, no environment. */
    static RunResult empty() {
        return new RunResult("empty", null, null, null, null,
                new Summary(0, 0, 0, 0, null, Map.of()), null, null, null, null, null, null, null, null, null);
    }

    /**
     * 1,000 samples: a worker thread listing buildings (mostly in SQL and JSON) and signing in (bcrypt), a
     * hostile frame name, and 3 samples in a frame too thin to draw alone.
     */
    static CollapsedStacks stacks() {
        CollapsedStacks stacks = new CollapsedStacks();
        stacks.add(List.of("Thread.run", "Worker.run", "BuildingsResource.list", "Pg.execute"), 500);
        stacks.add(List.of("Thread.run", "Worker.run", "BuildingsResource.list", "Json.write"), 200);
        stacks.add(List.of("Thread.run", "Worker.run", "BuildingsResource.list"), 47);
        stacks.add(List.of("Thread.run", "Worker.run", "AuthResource.login", "BCrypt.hash"), 250);
        stacks.add(List.of("Thread.run", "Worker.run", "Tiny.<script>"), 3);
        return stacks;
    }

    static Profile profile(CollapsedStacks stacks) {
        return new Profile(stacks.total(), "spike-20250614-102107.stacks.txt", "spike-20250614-102107.jfr", null,
                stacks.topFrames(Profiling.TOP_FRAMES));
    }

    /** The same run with another profile. */
    static RunResult withProfile(RunResult run, Profile profile) {
        return new RunResult(run.scenario(), run.startedAt(), run.baseUrl(), run.environment(), run.settings(),
                run.summary(), run.routes(), run.timeline(), run.samples(), run.serverRoutes(), run.topQueries(),
                run.spike(), profile, run.instances(), run.faults());
    }

    private static Latency latency(double p50) {
        return new Latency(p50 * 1.4, p50, p50 * 1.5, p50 * 2, p50 * 3, p50 * 5, p50 * 10, p50 * 20);
    }

    /** Cumulative counts at 1, 2, 5, 10, 100 ms and +Inf, from counts per bucket. */
    private static List<Bucket> buckets(long... perBucket) {
        String[] bounds = {"1", "2", "5", "10", "100", "+Inf"};
        List<Bucket> buckets = new ArrayList<>();
        long cumulative = 0;
        for (int i = 0; i < bounds.length; i++) {
            cumulative += perBucket[i];
            buckets.add(new Bucket(bounds[i], cumulative));
        }
        return buckets;
    }
}
