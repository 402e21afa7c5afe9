package org.koprogo.load.sample;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The server over one phase of a few seconds, where the once-a-second {@link ServerSampler} would miss most of
 * it: CPU of the app and of PostgreSQL (postmaster and children) between the phase's start and end, the app's
 * peak RSS polled every 50 ms, PostgreSQL's disk reads and writes, and the share of the phase during which some
 * task on the machine waited for a CPU (Linux PSI): a high share says the cores, not the code, set the pace.
 * Either pid may be null: its figures are then null.
 */
public final class PhaseMeter {

    private static final long RSS_POLL_MILLIS = 50;

    private final Long appPid;
    private final Long postmasterPid;
    private final CpuMeter appCpu = new CpuMeter();
    private final CpuMeter dbCpu = new CpuMeter();
    private ScheduledExecutorService poller;
    private volatile Double rssPeakMb;
    private DiskIo dbIoBefore;
    private Long pressureBefore;
    private long startNanos;

    /** What the server did over the phase. */
    public record Figures(Double appCpuPercent, Double appRssPeakMb, Double dbCpuPercent, DiskIo dbIo,
                          Double cpuPressurePercent) {
    }

    public PhaseMeter(Long appPid, Long postmasterPid) {
        this.appPid = appPid;
        this.postmasterPid = postmasterPid;
    }

    public void start() {
        appCpu.percent(appPids());
        dbCpu.percent(ProcessTree.of(postmasterPid));
        dbIoBefore = postmasterPid == null ? null : DiskIo.of(postmasterPid);
        pressureBefore = ProcFiles.cpuPressureMicros();
        startNanos = System.nanoTime();
        rssPeakMb = null;
        if (appPid != null) {
            poller = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "rss-poller");
                thread.setDaemon(true);
                return thread;
            });
            poller.scheduleAtFixedRate(this::pollRss, 0, RSS_POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    public Figures stop() throws InterruptedException {
        Double app = appCpu.percent(appPids());
        Double db = dbCpu.percent(ProcessTree.of(postmasterPid));
        DiskIo dbIo = postmasterPid == null ? null : DiskIo.of(postmasterPid);
        Long pressure = ProcFiles.cpuPressureMicros();
        double elapsedMicros = (System.nanoTime() - startNanos) / 1e3;
        if (poller != null) {
            poller.shutdown();
            poller.awaitTermination(5, TimeUnit.SECONDS);
            pollRss();
        }
        return new Figures(app, rssPeakMb, db, dbIo == null ? null : dbIo.since(dbIoBefore),
                pressure == null || pressureBefore == null ? null : (pressure - pressureBefore) / elapsedMicros * 100);
    }

    private void pollRss() {
        Double rss = ProcFiles.rssMb(appPid);
        if (rss != null && (rssPeakMb == null || rss > rssPeakMb)) {
            rssPeakMb = rss;
        }
    }

    private List<Long> appPids() {
        return appPid == null ? List.of() : List.of(appPid);
    }
}
