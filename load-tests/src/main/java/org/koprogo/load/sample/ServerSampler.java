package org.koprogo.load.sample;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.koprogo.load.result.RunResult;

/**
 * Samples the server once a second on its own thread: the application's CPU and RSS, PostgreSQL's (the
 * postmaster and all its children: CPU summed, memory as PSS) and its connections by state, and the load
 * average. What cannot be read is null. Sample t covers second [t, t+1) of the measured phase. Several
 * instances of the app are each sampled, their process looked up every second (a restart changes it), and the
 * app's figures are their sums.
 */
public final class ServerSampler {

    private final Long appPid;
    private final List<AppInstance> instances;
    private final List<CpuMeter> instanceCpu = new ArrayList<>();
    private final Long postmasterPid;
    private final DatabaseProbe database;
    private final CpuMeter appCpu = new CpuMeter();
    private final CpuMeter dbCpu = new CpuMeter();
    private final List<RunResult.Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private ScheduledExecutorService timer;
    private int nextSecond;

    /** Any argument may be null: that part is then not sampled. */
    public ServerSampler(Long appPid, Long postmasterPid, DatabaseProbe database) {
        this(appPid, List.of(), postmasterPid, database);
    }

    /** With instances, those are sampled instead of {@code appPid}. */
    public ServerSampler(Long appPid, List<AppInstance> instances, Long postmasterPid, DatabaseProbe database) {
        this.appPid = appPid;
        this.instances = List.copyOf(instances);
        this.postmasterPid = postmasterPid;
        this.database = database;
        instances.forEach(instance -> instanceCpu.add(new CpuMeter()));
    }

    public void start() {
        appCpu.percent(appPids());
        sampleInstances();
        dbCpu.percent(ProcessTree.of(postmasterPid));
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "server-sampler");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(this::sample, 1, 1, TimeUnit.SECONDS);
    }

    public List<RunResult.Sample> stop() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(10, TimeUnit.SECONDS);
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    private void sample() {
        int t = nextSecond++;
        try {
            List<Long> dbPids = ProcessTree.of(postmasterPid);
            DatabaseProbe.Connections connections = connections();
            List<RunResult.InstanceSample> each = sampleInstances();
            Double cpu = each == null ? appCpu.percent(appPids()) : sum(each, RunResult.InstanceSample::cpuPercent);
            Double rss = each == null ? (appPid == null ? null : ProcFiles.rssMb(appPid))
                    : sum(each, RunResult.InstanceSample::rssMb);
            samples.add(new RunResult.Sample(t, cpu, rss, dbCpu.percent(dbPids), pss(dbPids),
                    connections == null ? null : connections.active(),
                    connections == null ? null : connections.idle(),
                    connections == null ? null : connections.total(), ProcFiles.load1(), each));
        } catch (RuntimeException unexpected) {
            // A scheduled task that throws is never run again: skip this second, keep sampling.
            samples.add(new RunResult.Sample(t, null, null, null, null, null, null, null, null, null));
        }
    }

    /** Each instance's figures, null without instances. */
    private List<RunResult.InstanceSample> sampleInstances() {
        if (instances.isEmpty()) {
            return null;
        }
        List<RunResult.InstanceSample> each = new ArrayList<>();
        for (int i = 0; i < instances.size(); i++) {
            AppInstance instance = instances.get(i);
            Long pid = instance.pid();
            Double cpu = instanceCpu.get(i).percent(pid == null ? List.of() : List.of(pid));
            each.add(new RunResult.InstanceSample(instance.name(), pid, cpu, pid == null ? null
                    : ProcFiles.rssMb(pid)));
        }
        return each;
    }

    /** The sum of the values read, null when none was. */
    private static Double sum(List<RunResult.InstanceSample> each,
                              Function<RunResult.InstanceSample, Double> value) {
        Double total = null;
        for (RunResult.InstanceSample instance : each) {
            Double figure = value.apply(instance);
            if (figure != null) {
                total = (total == null ? 0 : total) + figure;
            }
        }
        return total;
    }

    private List<Long> appPids() {
        return appPid == null ? List.of() : List.of(appPid);
    }

    private static Double pss(List<Long> pids) {
        Double total = null;
        for (long pid : pids) {
            Double pss = ProcFiles.pssMb(pid);
            if (pss != null) {
                total = (total == null ? 0 : total) + pss;
            }
        }
        return total;
    }

    private DatabaseProbe.Connections connections() {
        if (database == null) {
            return null;
        }
        try {
            return database.connections();
        } catch (SQLException unavailable) {
            return null;
        }
    }
}
