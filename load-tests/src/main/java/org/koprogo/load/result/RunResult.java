package org.koprogo.load.result;

import java.util.List;
import java.util.Map;

/**
 * Everything one run measured, written as {@code results/<scenario>-<time>.json} and read back by the report and
 * the compare mode. Latencies are milliseconds, measured by the client from the moment a request was due (open
 * model) or sent (closed model); times are seconds since the measured phase began. Fields a run could not
 * measure (e.g. CPU of a remote server) are null.
 */
public record RunResult(
        String scenario,
        String startedAt,
        String baseUrl,
        Environment environment,
        Settings settings,
        Summary summary,
        List<RouteStats> routes,
        List<Second> timeline,
        List<Sample> samples,
        List<ServerRoute> serverRoutes,
        List<QueryStat> topQueries,
        Spike spike,
        Profile profile,
        List<Instance> instances,
        Faults faults) {

    /** Where it ran: the generator shares the machine with the server unless said otherwise. */
    public record Environment(String commit, String host, int cores, String cpuModel, long memoryMb,
                              String javaVersion, String jvmOptions, String notes) {
    }

    /**
     * How the traffic was shaped. {@code ratePerSecond} is set for an open-model (fixed arrival rate) run; phases
     * list the connection counts over time (one phase for a steady run).
     */
    public record Settings(String model, int connections, Double ratePerSecond, int warmupSeconds,
                           int durationSeconds, List<Phase> phases, List<MixEntry> mix, String seed) {
    }

    public record Phase(String name, int startSecond, int seconds, int connections, Double ratePerSecond) {
    }

    public record MixEntry(String method, String route, int weight) {
    }

    public record Latency(double mean, double p50, double p75, double p90, double p95, double p99, double p999,
                          double max) {
    }

    /** Errors are every response other than 2xx/3xx plus transport failures (status 0). */
    public record Summary(long requests, long errors, double errorRate, double throughputPerSecond,
                          Latency latencyMs, Map<String, Long> statuses) {
    }

    /** Per route template, e.g. {@code GET /api/v1/buildings}; statuses by code ("0" for transport failures). */
    public record RouteStats(String method, String route, long requests, long errors, Map<String, Long> statuses,
                             Latency latencyMs) {
    }

    /** One second of the measured phase as the client saw it. */
    public record Second(int t, int connections, long requests, long errors, double p50, double p90, double p99,
                         double max) {
    }

    /**
     * The server, sampled once a second: CPU in % of one core, RSS in MB, connections by state. With several
     * instances the app's figures are their sums and {@code instances} has each one's (null with one app).
     */
    public record Sample(int t, Double appCpuPercent, Double appRssMb, Double dbCpuPercent, Double dbRssMb,
                         Integer dbConnectionsActive, Integer dbConnectionsIdle, Integer dbConnectionsTotal,
                         Double load1, List<InstanceSample> instances) {
    }

    /** One instance in one second: its process then (a restart changes it), CPU and RSS; null when it was down. */
    public record InstanceSample(String instance, Long pid, Double cpuPercent, Double rssMb) {
    }

    /**
     * One instance of several behind a load balancer over the measured phase: its CPU and RSS from the samples,
     * the processes it ran as (more than one: it was restarted), and the requests its {@code /metrics} counted
     * with their p99 (its counters restart with it: a restarted instance counts from its restart).
     */
    public record Instance(String baseUrl, Double cpuMeanPercent, Double cpuMaxPercent, Double rssMaxMb,
                           List<Long> pids, Long serverRequests, Double serverP99Ms) {
    }

    /**
     * A fault run: the faults injected (seconds of the measured phase), the writes retried with their
     * Idempotency-Key, the acknowledged writes counted in the database, and, when the database was stopped, what
     * clients saw meanwhile.
     */
    public record Faults(List<Event> events, Retries retries, WriteCheck writes, Outage outage) {
    }

    public record Event(double t, String label) {
    }

    /**
     * Writes (POSTs) sent, those whose first attempt failed in a way worth retrying, the retries sent, and those
     * still failed when the client gave up ({@code deadlineMillis} after the first send): the client-visible
     * failures among writes.
     */
    public record Retries(long writes, long firstAttemptFailures, long retries, long failedAfterRetries,
                          long deadlineMillis) {
    }

    /**
     * Creations the server acknowledged, those found exactly once by id in the database, and rows beyond the
     * first sharing a body's unique field (a retry executed twice); {@code unavailable} when not counted.
     */
    public record WriteCheck(long acknowledged, long found, long duplicates, String unavailable) {
    }

    /**
     * The database stopped from {@code downAt} to {@code upAt} (seconds of the measured phase): the answers to
     * exchanges sent meanwhile by status, how many 503s carried a Retry-After, their longest time, the seconds
     * from {@code upAt} to the first 2xx of a route that reads the database, and to the first of
     * {@value #RECOVERED_SECONDS} seconds in a row without an error at the client (null: none came).
     */
    public record Outage(double downAt, double upAt, Map<String, Long> statusesWhileDown, long with503RetryAfter,
                         double maxLatencyWhileDownMs, Double firstSuccessAfterUpSeconds,
                         Double recoveredAfterUpSeconds) {

        public static final int RECOVERED_SECONDS = 5;
    }

    /**
     * A route as the server timed it, from the difference between {@code /metrics} read before and after the
     * measured phase: cumulative bucket counts by upper bound in milliseconds ("+Inf" last) and the percentiles
     * interpolated from them.
     */
    public record ServerRoute(String method, String route, String status, long count, double meanMs, double p50Ms,
                              double p95Ms, double p99Ms, List<Bucket> buckets) {
    }

    public record Bucket(String leMs, long cumulativeCount) {
    }

    /** From {@code pg_stat_statements}, reset when the measured phase began. */
    public record QueryStat(String query, long calls, double totalMs, double meanMs, double maxMs, long rows) {
    }

    /**
     * The app's CPU profile over the measured phase ({@code --profile}): Java Flight Recorder's execution samples,
     * the frames that took most of them, and the file beside this result holding every stack collapsed
     * ({@code frame;frame;frame count}, outermost frame first). {@code unavailable} says why there is no profile
     * when one was asked for and none could be taken; the run is measured all the same.
     */
    public record Profile(long samples, String stacksFile, String jfrFile, String unavailable, List<Frame> topFrames) {
    }

    /** A method, the samples it was running in itself (self) and those it was on the stack for (total). */
    public record Frame(String frame, long selfSamples, double selfPercent, long totalSamples, double totalPercent) {
    }

    /** Spike runs only: baseline p99 before the spike and seconds after it until p99 is back within 1.5x. */
    public record Spike(double baselineP99Ms, double spikeP99Ms, Integer recoverySeconds, long errors5xx) {
    }
}
