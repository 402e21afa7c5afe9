package org.koprogo.load.sample;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The server over one phase of a few seconds, where the once-a-second {@link ServerSampler} would miss most of
 * it: CPU of the app and of PostgreSQL (postmaster and children) between the phase's start and end, the app's
 * peak RSS polled every 50 ms, PostgreSQL's disk reads and writes, the load average at the end. Either pid may
 * be null: its figures are then null.
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

    /** What the server did over the phase. */
    public record Figures(Double appCpuPercent, Double appRssPeakMb, Double dbCpuPercent, DiskIo dbIo,
                          Double load1) {
    }

    public PhaseMeter(Long appPid, Long postmasterPid) {
        this.appPid = appPid;
        this.postmasterPid = postmasterPid;
    }

    public void start() {
        appCpu.percent(appPids());
        dbCpu.percent(ProcessTree.of(postmasterPid));
        dbIoBefore = postmasterPid == null ? null : DiskIo.of(postmasterPid);
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
        if (poller != null) {
            poller.shutdown();
            poller.awaitTermination(5, TimeUnit.SECONDS);
            pollRss();
        }
        return new Figures(app, rssPeakMb, db, dbIo == null ? null : dbIo.since(dbIoBefore), ProcFiles.load1());
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
