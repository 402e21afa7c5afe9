package org.koprogo.load.output;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.koprogo.load.measure.Measurements;
import org.koprogo.load.result.RunResult;

/** The few lines a run prints when it ends: enough to know whether to open the report. */
public final class ConsoleSummary {

    private static final int TOP_FRAMES_SHOWN = 5;

    private ConsoleSummary() {
    }

    public static void print(RunResult result, ResultFiles.Written files, PrintStream out) {
        RunResult.Settings settings = result.settings();
        RunResult.Summary summary = result.summary();
        RunResult.Latency latency = summary.latencyMs();
        out.println();
        out.printf(Locale.ROOT, "%s: %s model, %d connections%s, %d s measured after %d s of warm-up%n",
                result.scenario(), settings.model(), settings.connections(),
                settings.ratePerSecond() == null ? "" : String.format(Locale.ROOT, " at %.0f req/s",
                        settings.ratePerSecond()), settings.durationSeconds(), settings.warmupSeconds());
        out.printf(Locale.ROOT, "  %,d requests, %.1f req/s; latency ms p50 %.2f, p90 %.2f, p99 %.2f, max %.1f%n",
                summary.requests(), summary.throughputPerSecond(), latency.p50(), latency.p90(), latency.p99(),
                latency.max());
        if (summary.errors() == 0) {
            out.println("  errors: none");
        } else {
            out.printf(Locale.ROOT, "  errors: %,d (%.2f %%)%n", summary.errors(), summary.errorRate() * 100);
            for (RunResult.RouteStats route : result.routes()) {
                if (route.errors() > 0) {
                    out.printf("    %s %s: %s%n", route.method(), route.route(), errorStatuses(route.statuses()));
                }
            }
        }
        if (result.spike() != null) {
            RunResult.Spike spike = result.spike();
            out.printf(Locale.ROOT, "  spike: p99 %.2f ms before, %.2f ms during; recovered %s; %d 5xx%n",
                    spike.baselineP99Ms(), spike.spikeP99Ms(), spike.recoverySeconds() == null ? "never"
                            : spike.recoverySeconds() + " s after", spike.errors5xx());
        }
        printServer(result.samples(), out);
        printInstances(result.instances(), out);
        printFaults(result.faults(), out);
        printProfile(result.profile(), out);
        out.println("  results: " + files.json());
        out.println("           " + files.csv());
        if (files.html() != null) {
            out.println("           " + files.html());
        }
    }

    private static void printInstances(List<RunResult.Instance> instances, PrintStream out) {
        if (instances == null) {
            return;
        }
        for (RunResult.Instance instance : instances) {
            out.printf(Locale.ROOT, "  instance %s: CPU %s %%, RSS up to %s MB, pids %s, %s requests served%n",
                    instance.baseUrl(), figure(instance.cpuMeanPercent()), figure(instance.rssMaxMb()),
                    instance.pids(), instance.serverRequests() == null ? "?" : instance.serverRequests());
        }
    }

    /** The counts a fault run is judged by. */
    private static void printFaults(RunResult.Faults faults, PrintStream out) {
        if (faults == null) {
            return;
        }
        RunResult.Retries retries = faults.retries();
        out.printf(Locale.ROOT, "  writes: %,d sent, %,d failed at first, %,d retries, %,d failed after retries%n",
                retries.writes(), retries.firstAttemptFailures(), retries.retries(), retries.failedAfterRetries());
        RunResult.WriteCheck writes = faults.writes();
        out.printf(Locale.ROOT, "  acknowledged writes: %,d; found exactly once: %,d; duplicates: %,d%s%n",
                writes.acknowledged(), writes.found(), writes.duplicates(),
                writes.unavailable() == null ? "" : " (not counted: " + writes.unavailable() + ")");
        RunResult.Outage outage = faults.outage();
        if (outage != null) {
            out.printf(Locale.ROOT, "  database down %.1f-%.1f s: answers %s, %d 503 with Retry-After, longest %.0f ms;"
                            + " after its return, first 2xx %s, %d s without errors %s%n", outage.downAt(),
                    outage.upAt(), outage.statusesWhileDown(), outage.with503RetryAfter(),
                    outage.maxLatencyWhileDownMs(), seconds(outage.firstSuccessAfterUpSeconds()),
                    RunResult.Outage.RECOVERED_SECONDS, seconds(outage.recoveredAfterUpSeconds()));
        }
        faults.events().forEach(event -> out.printf(Locale.ROOT, "  event at %.1f s: %s%n", event.t(),
                event.label()));
    }

    private static String seconds(Double value) {
        return value == null ? "never" : String.format(Locale.ROOT, "after %.2f s", value);
    }

    private static String figure(Double value) {
        return value == null ? "?" : String.format(Locale.ROOT, "%.0f", value);
    }

    /** The busiest frames, the first lead when tuning; the files beside the results hold the rest. */
    private static void printProfile(RunResult.Profile profile, PrintStream out) {
        if (profile == null) {
            return;
        }
        if (profile.unavailable() != null) {
            out.println("  no CPU profile: " + profile.unavailable());
            return;
        }
        out.printf(Locale.ROOT, "  app CPU profile: %,d samples in %s and %s; busiest frames (self %%):%n",
                profile.samples(), profile.stacksFile(), profile.jfrFile());
        profile.topFrames().stream().limit(TOP_FRAMES_SHOWN).forEach(frame ->
                out.printf(Locale.ROOT, "    %5.2f  %s%n", frame.selfPercent(), frame.frame()));
    }

    /** "500 x 3, 0 x 1": the failing codes only. */
    private static String errorStatuses(Map<String, Long> statuses) {
        return statuses.entrySet().stream()
                .filter(e -> Measurements.isError(Integer.parseInt(e.getKey())))
                .map(e -> e.getKey() + " x " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static void printServer(List<RunResult.Sample> samples, PrintStream out) {
        String app = mean(samples, RunResult.Sample::appCpuPercent, "app CPU %.0f %%")
                + max(samples, RunResult.Sample::appRssMb, ", RSS up to %.0f MB");
        String db = mean(samples, RunResult.Sample::dbCpuPercent, "PostgreSQL CPU %.0f %%")
                + max(samples, RunResult.Sample::dbRssMb, ", PSS up to %.0f MB");
        if (!app.isEmpty() || !db.isEmpty()) {
            out.println("  server (mean CPU in % of one core): " + app + (app.isEmpty() || db.isEmpty() ? "" : "; ")
                    + db);
        }
    }

    private static String mean(List<RunResult.Sample> samples, Function<RunResult.Sample, Double> field,
                               String format) {
        var values = samples.stream().map(field).filter(Objects::nonNull).mapToDouble(Double::doubleValue);
        var mean = values.average();
        return mean.isPresent() ? String.format(Locale.ROOT, format, mean.getAsDouble()) : "";
    }

    private static String max(List<RunResult.Sample> samples, Function<RunResult.Sample, Double> field,
                              String format) {
        var max = samples.stream().map(field).filter(Objects::nonNull).mapToDouble(Double::doubleValue).max();
        return max.isPresent() ? String.format(Locale.ROOT, format, max.getAsDouble()) : "";
    }
}
