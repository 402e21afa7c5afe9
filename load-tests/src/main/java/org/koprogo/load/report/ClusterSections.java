package org.koprogo.load.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.koprogo.load.result.RunResult;
import org.koprogo.load.result.RunResult.Faults;
import org.koprogo.load.result.RunResult.Instance;
import org.koprogo.load.result.RunResult.Outage;
import org.koprogo.load.result.RunResult.Retries;
import org.koprogo.load.result.RunResult.Sample;
import org.koprogo.load.result.RunResult.WriteCheck;

/**
 * What a run through a load balancer adds to its report: one row per instance with their totals, and for a fault
 * run the faults, the retried writes, the acknowledged writes counted in the database and the database's outage.
 */
final class ClusterSections {

    /** Instances' lines on the per-instance chart, in turn. */
    private static final String[] INSTANCE_COLOURS = {"#1f77b4", "#2ca02c", "#ff7f0e", "#8c564b", "#17becf",
        "#e377c2"};

    private ClusterSections() {
    }

    /** Phase boundaries and, in a fault run, its faults. */
    static List<Marker> markers(RunResult run) {
        List<Marker> markers = new ArrayList<>(Runs.phaseMarkers(run));
        if (run.faults() != null && run.faults().events() != null) {
            run.faults().events().forEach(event -> markers.add(new Marker(event.t(), event.label())));
        }
        return markers;
    }

    static void instances(RunResult run, Markup out, List<Marker> markers) {
        List<Instance> instances = run.instances();
        if (instances == null || instances.isEmpty()) {
            return;
        }
        out.open("section", "id", "instances").element("h2", "Instances");
        out.element("p", "Each instance behind the load balancer: CPU and RSS sampled every second (its process "
                + "looked up each time, so a restart shows as a second pid), requests and p99 from its own "
                + "/metrics (a restarted instance counts from its restart).", "class", "note");
        Table table = Table.start(out, "instances").head().heading("instance").numericHeading("CPU mean %")
                .numericHeading("CPU max %").numericHeading("RSS max MB").heading("pids")
                .numericHeading("requests served").numericHeading("server p99 ms");
        long served = 0;
        for (Instance instance : instances) {
            served += instance.serverRequests() == null ? 0 : instance.serverRequests();
            table.row().cell(instance.baseUrl()).number(Format.decimal(instance.cpuMeanPercent()))
                    .number(Format.decimal(instance.cpuMaxPercent())).number(Format.decimal(instance.rssMaxMb()))
                    .cell(instance.pids().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse(
                            Format.MISSING))
                    .number(instance.serverRequests() == null ? Format.MISSING
                            : Format.count(instance.serverRequests()))
                    .number(instance.serverP99Ms() == null ? Format.MISSING : Format.ms(instance.serverP99Ms()));
        }
        table.row().heading("all").number(Format.decimal(Runs.mean(run, Sample::appCpuPercent)))
                .number(Format.MISSING).number(Format.MISSING).cell("").number(Format.count(served))
                .number(Format.MISSING);
        table.end();
        List<Series> cpu = new ArrayList<>();
        List<Sample> samples = Runs.samples(run);
        for (int i = 0; i < instances.size(); i++) {
            String name = instances.get(i).baseUrl();
            cpu.add(Series.of(name, INSTANCE_COLOURS[i % INSTANCE_COLOURS.length], samples, Sample::t,
                    sample -> sample.instances() == null ? null : sample.instances().stream()
                            .filter(each -> each.instance().equals(name)).map(RunResult.InstanceSample::cpuPercent)
                            .filter(Objects::nonNull).findFirst().orElse(null)));
        }
        if (cpu.stream().anyMatch(Series::hasData)) {
            LineChart.linear("CPU by instance", "% of one core", cpu, markers, Runs.seconds(run)).render(out);
        }
        out.close("section");
    }

    static void faults(RunResult run, Markup out) {
        Faults faults = run.faults();
        if (faults == null) {
            return;
        }
        out.open("section", "id", "faults").element("h2", "Faults");
        WriteCheck writes = faults.writes();
        Retries retries = faults.retries();
        boolean writesKept = writes != null && writes.unavailable() == null
                && writes.found() == writes.acknowledged() && writes.duplicates() == 0;
        long failed = Runs.summary(run).errors();
        out.element("p", failed + " requests failed at the client after retries; " + (writes == null
                        ? "writes not checked." : writesKept ? "every acknowledged write found exactly once, none "
                        + "duplicated." : "acknowledged writes missing, duplicated or not counted."),
                "class", failed == 0 && writesKept ? "verdict good" : "verdict bad");
        Table facts = Table.start(out, "facts");
        facts.row().heading("requests").cell(Format.count(Runs.summary(run).requests()))
                .row().heading("failures (after retries)").cell(Format.count(failed), failed > 0 ? "bad" : "good");
        if (retries != null) {
            facts.row().heading("writes sent").cell(Format.count(retries.writes()))
                    .row().heading("writes whose first attempt failed")
                    .cell(Format.count(retries.firstAttemptFailures()))
                    .row().heading("retries sent").cell(Format.count(retries.retries()))
                    .row().heading("writes failed after retries (deadline " + retries.deadlineMillis() / 1000 + " s)")
                    .cell(Format.count(retries.failedAfterRetries()), retries.failedAfterRetries() > 0 ? "bad" : null);
        }
        if (writes != null) {
            facts.row().heading("writes acknowledged").cell(Format.count(writes.acknowledged()))
                    .row().heading("found exactly once").cell(Format.count(writes.found()),
                            writes.found() == writes.acknowledged() ? "good" : "bad")
                    .row().heading("duplicates").cell(Format.count(writes.duplicates()),
                            writes.duplicates() == 0 ? "good" : "bad");
            if (writes.unavailable() != null) {
                facts.row().heading("not counted").cell(writes.unavailable(), "bad");
            }
        }
        facts.end();
        outage(faults.outage(), out);
        if (faults.events() != null && !faults.events().isEmpty()) {
            out.element("h3", "Events");
            Table events = Table.start(out, "events").head().numericHeading("second").heading("event");
            faults.events().forEach(event -> events.row().number(Format.decimal(event.t())).cell(event.label()));
            events.end();
        }
        out.close("section");
    }

    private static void outage(Outage outage, Markup out) {
        if (outage == null) {
            return;
        }
        out.element("h3", "While the database was down");
        boolean no500 = outage.statusesWhileDown().keySet().stream().noneMatch(status -> status.equals("500"));
        Table.start(out, "facts")
                .row().heading("down").cell("from " + Format.decimal(outage.downAt()) + " s to "
                        + Format.decimal(outage.upAt()) + " s")
                .row().heading("answers to requests sent meanwhile").cell(Format.statuses(
                        outage.statusesWhileDown()), no500 ? null : "bad")
                .row().heading("503 with Retry-After").cell(Format.count(outage.with503RetryAfter()))
                .row().heading("longest of those requests").cell(Format.ms(outage.maxLatencyWhileDownMs()) + " ms")
                .row().heading("first 2xx of a database route after its return")
                .cell(outage.firstSuccessAfterUpSeconds() == null ? "none"
                        : Format.decimal(outage.firstSuccessAfterUpSeconds()) + " s",
                        outage.firstSuccessAfterUpSeconds() != null && outage.firstSuccessAfterUpSeconds() <= 10
                                ? "good" : "bad")
                .row().heading("first of " + RunResult.Outage.RECOVERED_SECONDS + " s in a row without errors, "
                        + "after its return")
                .cell(outage.recoveredAfterUpSeconds() == null ? "not before the run ended"
                        : Format.decimal(outage.recoveredAfterUpSeconds()) + " s",
                        outage.recoveredAfterUpSeconds() != null && outage.recoveredAfterUpSeconds() <= 10
                                ? "good" : "bad")
                .end();
    }
}
