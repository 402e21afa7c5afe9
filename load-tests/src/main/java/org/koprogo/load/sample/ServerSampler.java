package org.koprogo.load.sample;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.koprogo.load.result.RunResult;

/**
 * Samples the server once a second on its own thread: the application's CPU and RSS, PostgreSQL's (the
 * postmaster and all its children: CPU summed, memory as PSS) and its connections by state, and the load
 * average. What cannot be read is null. Sample t covers second [t, t+1) of the measured phase.
 */
public final class ServerSampler {

    private final Long appPid;
    private final Long postmasterPid;
    private final DatabaseProbe database;
    private final CpuMeter appCpu = new CpuMeter();
    private final CpuMeter dbCpu = new CpuMeter();
    private final List<RunResult.Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private ScheduledExecutorService timer;
    private int nextSecond;

    /** Any argument may be null: that part is then not sampled. */
    public ServerSampler(Long appPid, Long postmasterPid, DatabaseProbe database) {
        this.appPid = appPid;
        this.postmasterPid = postmasterPid;
        this.database = database;
    }

    public void start() {
        appCpu.percent(appPids());
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
            samples.add(new RunResult.Sample(t, appCpu.percent(appPids()),
                    appPid == null ? null : ProcFiles.rssMb(appPid), dbCpu.percent(dbPids), pss(dbPids),
                    connections == null ? null : connections.active(),
                    connections == null ? null : connections.idle(),
                    connections == null ? null : connections.total(), ProcFiles.load1()));
        } catch (RuntimeException unexpected) {
            // A scheduled task that throws is never run again: skip this second, keep sampling.
            samples.add(new RunResult.Sample(t, null, null, null, null, null, null, null, null));
        }
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
