package org.koprogo.load.scenario;

import java.io.IOException;
import java.net.InetAddress;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.koprogo.load.fault.AttemptLog;
import org.koprogo.load.fault.FaultEvents;
import org.koprogo.load.fault.Outages;
import org.koprogo.load.http.BaseUrl;
import org.koprogo.load.http.HttpConnection;
import org.koprogo.load.http.Response;
import org.koprogo.load.measure.Measurements;
import org.koprogo.load.metrics.ServerRoutes;
import org.koprogo.load.output.ConsoleSummary;
import org.koprogo.load.output.ResultFiles;
import org.koprogo.load.profile.Profiling;
import org.koprogo.load.result.RunResult;
import org.koprogo.load.sample.AppInstance;
import org.koprogo.load.sample.DatabaseProbe;
import org.koprogo.load.sample.EnvironmentProbe;
import org.koprogo.load.sample.InstanceFigures;
import org.koprogo.load.sample.PortOwner;
import org.koprogo.load.sample.ServerSampler;
import org.koprogo.load.traffic.Attempt;
import org.koprogo.load.traffic.OpenLoad;
import org.koprogo.load.traffic.Recorder;
import org.koprogo.load.traffic.RetryPolicy;
import org.koprogo.load.traffic.SetUpFailure;
import org.koprogo.load.traffic.VirtualUser;
import org.koprogo.load.traffic.VirtualUsers;
import org.koprogo.load.traffic.WriteRetries;

/**
 * One run from the command line: check the server, sign the users in and give them data, warm up, then
 * measure while sampling the server, and write the results. Everything before the measured phase (sign-ins
 * cost the server bcrypt) and after it stays out of the figures.
 */
public final class LoadRun {

    public static final int EXIT_OK = 0;
    public static final int EXIT_NOT_READY = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_REQUESTS_FAILED = 3;

    private static final int TOP_QUERIES = 15;
    private static final int PROGRESS_SECONDS = 30;
    private static final int RECORDING_MARGIN_SECONDS = 600;
    private static final Pattern JDBC_HOST_PORT = Pattern.compile("^jdbc:postgresql://([^/:]+)(?::(\\d+))?/");

    private final RunOptions options;
    private final Plan plan;
    private final BaseUrl server;
    private final List<String> notes = new ArrayList<>();
    private final List<AppInstance> instances;
    /** Fault runs only (--faults), else null. */
    private final WriteRetries writeRetries;
    private final AttemptLog attempts;

    private LoadRun(RunOptions options) {
        this.options = options;
        this.plan = Plan.of(options);
        this.server = BaseUrl.parse(options.baseUrl());
        this.instances = options.instances() == null ? List.of() : options.instances();
        boolean faults = options.faultEvents() != null;
        this.writeRetries = !faults ? null : new WriteRetries(options.retryDeadlineSeconds() == null
                ? RetryPolicy.DEFAULT : RetryPolicy.withDeadline(options.retryDeadlineSeconds() * 1000L));
        this.attempts = faults ? new AttemptLog() : null;
    }

    /** {@code run <scenario> [options]}; returns the process's exit code. */
    public static int main(List<String> args) throws IOException, InterruptedException {
        LoadRun run;
        try {
            run = new LoadRun(RunOptions.parse(args));
        } catch (IllegalArgumentException wrong) {
            System.err.println("load: " + wrong.getMessage() + "\n\nusage: " + RunOptions.USAGE);
            return EXIT_USAGE;
        }
        return run.execute();
    }

    private int execute() throws IOException, InterruptedException {
        Response ready = get("/health/ready");
        if (ready.status() != 200) {
            System.err.println("load: " + server + "/health/ready answered "
                    + (ready.status() == 0 ? "nothing (is the server running?)" : ready.status()) + ": not measuring");
            return EXIT_NOT_READY;
        }
        // Behind a load balancer the base URL's port is the balancer's: the first instance stands for the app.
        Long appPid = options.appPid() != null ? options.appPid()
                : !instances.isEmpty() ? instances.get(0).pid() : localPortOwner(server.host(), server.port());
        if (!isLocal(server.host())) {
            notes.add("server on another host: the environment is the generator's machine");
        } else if (appPid == null) {
            notes.add("server process not found: no app CPU/RSS (give --app-pid)");
        }
        DatabaseProbe database = connectDatabase();
        try {
            return measure(appPid, database);
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    /** What the measured phase produced, before it is turned into a result. */
    private record Measured(Instant startedAt, long startNanos, Measurements measurements,
                            List<RunResult.Sample> samples, String metricsBefore, String metricsAfter,
                            List<ServerRoutes.Reading> instanceMetrics, boolean statementsReset,
                            Profiling profiling) {
    }

    private int measure(Long appPid, DatabaseProbe database) throws IOException, InterruptedException {
        log("%s %d virtual users%s", plan.mix().needsSignIn() ? "signing in (2 at a time)" : "connecting",
                plan.maxConnections(), plan.mix().writes() ? " and creating their buildings" : "");
        List<VirtualUser> users;
        try {
            users = VirtualUsers.prepare(server, options.accounts(), 1, plan.maxConnections(), plan.mix(),
                    writeRetries, attempts == null ? Attempt.Log.NONE : attempts);
        } catch (SetUpFailure refused) {
            System.err.println("load: set-up failed: " + refused.getMessage());
            return EXIT_NOT_READY;
        }
        Measured measured;
        try {
            if (plan.warmupSeconds() > 0) {
                log("warming up for %d s", plan.warmupSeconds());
                plan.warmup().run(users, System.nanoTime(), Recorder.DISCARD);
            }
            measured = drive(users, appPid, database);
        } finally {
            users.forEach(VirtualUser::close);
        }
        List<RunResult.QueryStat> topQueries = measured.statementsReset() ? topStatements(database) : null;
        LocalDateTime started = LocalDateTime.ofInstant(measured.startedAt(), ZoneId.systemDefault());
        RunResult.Profile profile = profile(measured.profiling(), ResultFiles.name(plan.scenario(), started));
        RunResult.Faults faults = faults(measured, database);
        RunResult result = result(measured, topQueries, appPid, profile, faults);
        ResultFiles.Written files = ResultFiles.write(result, options.out(), started);
        ConsoleSummary.print(result, files, System.out);
        boolean writesLost = faults != null && faults.writes() != null && (faults.writes().unavailable() != null
                || faults.writes().found() < faults.writes().acknowledged() || faults.writes().duplicates() > 0);
        return result.summary().errors() > 0 || writesLost ? EXIT_REQUESTS_FAILED : EXIT_OK;
    }

    /** A fault run's events, retries, acknowledged writes counted in the database and outage; null otherwise. */
    private RunResult.Faults faults(Measured measured, DatabaseProbe database) throws IOException {
        if (writeRetries == null) {
            return null;
        }
        List<RunResult.Event> events = FaultEvents.read(options.faultEvents(), measured.startedAt().toEpochMilli());
        RunResult.WriteCheck writes;
        if (database == null) {
            writes = new RunResult.WriteCheck(writeRetries.ledger().size(), 0, 0, "no --db-url");
        } else {
            log("counting the %,d acknowledged writes in the database", writeRetries.ledger().size());
            writes = writeRetries.ledger().check(database::rowCounts);
        }
        return new RunResult.Faults(events, writeRetries.tally(), writes,
                Outages.of(attempts.attempts(), events, measured.startNanos(),
                        measured.measurements().timeline(plan::connectionsAt)));
    }

    /** The measured phase, with the server's counters read just before and just after it. */
    private Measured drive(List<VirtualUser> users, Long appPid, DatabaseProbe database) throws InterruptedException {
        String metricsBefore = metrics(server);
        List<String> instancesBefore = instances.stream().map(instance -> metrics(instance.server())).toList();
        boolean statementsReset = resetStatements(database);
        ServerSampler sampler = new ServerSampler(appPid, instances, postmasterPid(database), database);
        Profiling profiling = options.profile() ? startProfiling(appPid) : null;
        log("measuring for %d s", plan.durationSeconds());
        sampler.start();
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        Measurements measurements = new Measurements(start, plan.durationSeconds(), plan.timelineCapacity());
        ScheduledExecutorService progress = progressReports(measurements, start);
        long dropped;
        List<RunResult.Sample> samples;
        // the recording stops after the sampler (jcmd's own start stays out of the samples), and stops whatever
        // happens: a recording left running would fill the app's disk
        try {
            try {
                dropped = plan.load().run(users, start, measurements);
            } finally {
                progress.shutdownNow();
            }
            samples = sampler.stop();
        } finally {
            if (profiling != null) {
                profiling.stop();
            }
        }
        String metricsAfter = metrics(server);
        List<ServerRoutes.Reading> instanceMetrics = new ArrayList<>();
        for (int i = 0; i < instances.size(); i++) {
            String after = metrics(instances.get(i).server());
            instanceMetrics.add(instancesBefore.get(i) == null || after == null ? null
                    : new ServerRoutes.Reading(instancesBefore.get(i), after));
        }
        if (dropped > 0) {
            notes.add(dropped + " requests due were never sent: the server fell more than "
                    + OpenLoad.DRAIN_SECONDS + " s behind the rate");
        }
        return new Measured(startedAt, start, measurements, samples, metricsBefore, metricsAfter, instanceMetrics,
                statementsReset, profiling);
    }

    /**
     * Before the measured phase: jcmd is a JVM of its own, whose start should not weigh on the figures. The
     * recording is bounded well beyond the phase, in case this run is killed before it stops it.
     */
    private Profiling startProfiling(Long appPid) {
        log("starting a CPU profile of the app (JFR through jcmd)");
        return Profiling.start(appPid, options.out().resolve(plan.scenario() + "-recording.jfr"),
                Duration.ofSeconds(2L * plan.durationSeconds() + RECORDING_MARGIN_SECONDS));
    }

    /** The recording read into the run's files, or null when none was asked for. */
    private RunResult.Profile profile(Profiling profiling, String runName) {
        if (profiling == null) {
            return null;
        }
        log("reading the CPU profile");
        RunResult.Profile profile = profiling.result(options.out().resolve(runName + ".jfr"),
                options.out().resolve(runName + ".stacks.txt"));
        if (profile.unavailable() != null) {
            notes.add("no CPU profile: " + profile.unavailable());
        }
        return profile;
    }

    /** A line every {@value #PROGRESS_SECONDS} s, so that a long run shows it is alive and how it goes. */
    private ScheduledExecutorService progressReports(Measurements measurements, long startNanos) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "progress");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(() -> log("%d/%d s: %,d requests, %,d errors",
                        (System.nanoTime() - startNanos) / 1_000_000_000L, plan.durationSeconds(),
                        measurements.requests(), measurements.errors()),
                PROGRESS_SECONDS, PROGRESS_SECONDS, TimeUnit.SECONDS);
        return timer;
    }

    private RunResult result(Measured measured, List<RunResult.QueryStat> topQueries, Long appPid,
                             RunResult.Profile profile, RunResult.Faults faults) {
        Measurements measurements = measured.measurements();
        RunResult.Summary summary = measurements.summary();
        List<RunResult.Second> timeline = measurements.timeline(plan::connectionsAt);
        List<RunResult.ServerRoute> serverRoutes = null;
        List<RunResult.Instance> instanceRows = null;
        if (!instances.isEmpty()) {
            // Through the load balancer, /metrics is one instance's: the run's server figures are all of theirs.
            serverRoutes = ServerRoutes.across(InstanceFigures.answered(measured.instanceMetrics()));
            instanceRows = InstanceFigures.of(instances.stream().map(AppInstance::name).toList(),
                    measured.samples(), measured.instanceMetrics());
            if (measured.instanceMetrics().contains(null)) {
                notes.add("an instance's /metrics could not be read before or after: its requests are missing "
                        + "from the server figures");
            }
        } else if (measured.metricsBefore() != null && measured.metricsAfter() != null) {
            serverRoutes = ServerRoutes.between(measured.metricsBefore(), measured.metricsAfter());
        } else {
            notes.add("the server's /metrics could not be read");
        }
        return new RunResult(plan.scenario(), measured.startedAt().atOffset(ZoneOffset.UTC).toString(),
                server.toString(), EnvironmentProbe.describe(appPid, notes), plan.settings(options.seedLabel()),
                summary, measurements.routes(), timeline, measured.samples(), serverRoutes, topQueries,
                SpikeAnalysis.of(plan, measurements, timeline, summary.statuses()), profile, instanceRows, faults);
    }

    private DatabaseProbe connectDatabase() {
        if (options.dbUrl() == null) {
            notes.add("no --db-url: PostgreSQL not sampled");
            return null;
        }
        try {
            return DatabaseProbe.connect(options.dbUrl(), options.dbUser(), options.dbPassword());
        } catch (SQLException unreachable) {
            notes.add("PostgreSQL not reachable at " + options.dbUrl() + ": " + unreachable.getMessage());
            return null;
        }
    }

    /** --db-pid, else whoever listens on the database port, else the parent of our own backend. */
    private Long postmasterPid(DatabaseProbe database) {
        if (options.dbPid() != null) {
            return options.dbPid();
        }
        if (database == null) {
            return null;
        }
        Matcher url = JDBC_HOST_PORT.matcher(options.dbUrl());
        if (!url.find() || !isLocal(url.group(1))) {
            notes.add("PostgreSQL on another host: its CPU and memory are not sampled");
            return null;
        }
        Long pid = PortOwner.pidListeningOn(url.group(2) == null ? 5432 : Integer.parseInt(url.group(2)));
        if (pid == null) {
            try {
                pid = ProcessHandle.of(database.backendPid()).flatMap(ProcessHandle::parent)
                        .map(ProcessHandle::pid).orElse(null);
            } catch (SQLException unanswered) {
                pid = null;
            }
        }
        if (pid == null) {
            notes.add("PostgreSQL's processes not found: no database CPU/memory (give --db-pid)");
        }
        return pid;
    }

    private boolean resetStatements(DatabaseProbe database) {
        if (database == null) {
            return false;
        }
        try {
            database.resetStatements();
            return true;
        } catch (SQLException unavailable) {
            notes.add("pg_stat_statements unavailable: " + unavailable.getMessage());
            return false;
        }
    }

    private List<RunResult.QueryStat> topStatements(DatabaseProbe database) {
        try {
            return database.topStatements(TOP_QUERIES);
        } catch (SQLException failed) {
            notes.add("pg_stat_statements could not be read: " + failed.getMessage());
            return null;
        }
    }

    /** The Prometheus text, null when the server has none. */
    private static String metrics(BaseUrl from) {
        Response answer = get(from, "/metrics");
        return answer.status() == 200 ? answer.bodyText() : null;
    }

    private Response get(String path) {
        return get(server, path);
    }

    private static Response get(BaseUrl from, String path) {
        try (HttpConnection connection = new HttpConnection(from)) {
            return connection.send("GET", path, null, null);
        }
    }

    /** Processes of other machines are out of reach: only a local host's port owner is looked for. */
    private static Long localPortOwner(String host, int port) {
        return isLocal(host) ? PortOwner.pidListeningOn(port) : null;
    }

    private static boolean isLocal(String host) {
        try {
            InetAddress address = InetAddress.getByName(host);
            return address.isLoopbackAddress() || address.isAnyLocalAddress();
        } catch (IOException unknownHost) {
            return false;
        }
    }

    private static void log(String format, Object... args) {
        System.out.println("load: " + String.format(format, args));
    }
}
