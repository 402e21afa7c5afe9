package org.koprogo.load.documents;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

import com.sun.management.OperatingSystemMXBean;

import org.koprogo.load.http.BaseUrl;
import org.koprogo.load.http.Json;
import org.koprogo.load.sample.PhaseMeter;
import org.koprogo.load.sample.PortOwner;
import org.koprogo.load.sample.ProcessMemory;
import org.koprogo.load.scenario.LoadRun;
import org.koprogo.load.traffic.SetUpFailure;

/**
 * {@code documents}: a syndic's building, then rounds of N concurrent uploads of generated files followed by N
 * concurrent downloads of them (hashes compared), each phase timed while the app's and PostgreSQL's
 * processes are measured.
 * Writes {@code documents-<yyyyMMdd-HHmmss>.json} and prints a table; exit codes as {@code run}'s.
 */
public final class DocumentBench {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** This process: generating, hashing and sending files costs CPU on the machine the server runs on. */
    private static final OperatingSystemMXBean CLIENT =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final String HEADER = String.format(Locale.ROOT,
            "%-5s %-8s %8s %8s %8s %8s %8s %8s %10s %8s %10s %10s %6s", "round", "phase", "MB/s", "p50 ms",
            "max ms", "kit CPU%", "CPU wait", "app CPU%", "app RSS MB", "PG CPU%", "PG wr MB/s", "PG rd MB/s", "failed");

    private final BenchOptions options;
    private final DocumentClient client;
    private final Long appPid;
    private final ExecutorService transfers;

    private DocumentBench(BenchOptions options) {
        this.options = options;
        this.client = new DocumentClient(options.baseUrl());
        this.appPid = options.appPid() != null ? options.appPid()
                : PortOwner.pidListeningOn(BaseUrl.parse(options.baseUrl()).port());
        this.transfers = Executors.newFixedThreadPool(options.concurrency());
    }

    /** What a run stores: its settings, the app's RSS before the first transfer, and every phase. */
    record Result(String startedAt, String baseUrl, int rounds, int concurrency, long fileBytes, Long appPid,
                  Long dbPid, Double appRssBeforeMb, List<PhaseFigures> phases) {
    }

    public static int main(List<String> args) throws IOException, InterruptedException {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException wrong) {
            System.err.println("load: " + wrong.getMessage() + "\n\nusage: " + BenchOptions.USAGE);
            return LoadRun.EXIT_USAGE;
        }
        DocumentBench bench = new DocumentBench(options);
        try {
            return bench.execute();
        } finally {
            bench.transfers.shutdownNow();
        }
    }

    private int execute() throws IOException, InterruptedException {
        String buildingId;
        try {
            client.signIn(options.account());
            buildingId = client.createBuilding("Load documents " + Instant.now());
        } catch (SetUpFailure refused) {
            System.err.println("load: set-up failed: " + refused.getMessage());
            return LoadRun.EXIT_NOT_READY;
        }
        LocalDateTime started = LocalDateTime.now();
        Double rssBefore = appPid == null ? null : ProcessMemory.rssMb(appPid);
        List<PhaseFigures> phases = new ArrayList<>();
        System.out.println(HEADER);
        long seeds = ThreadLocalRandom.current().nextLong();
        for (int round = 1; round <= options.rounds(); round++) {
            long first = seeds + (long) round * options.concurrency();
            List<DocumentClient.Uploaded> uploaded = new ArrayList<>();
            phases.add(phase("upload", round, 201, i -> {
                DocumentClient.Uploaded document = client.upload(buildingId, options.fileBytes(), first + i);
                synchronized (uploaded) {
                    uploaded.add(document);
                }
                return document.transfer();
            }));
            System.out.println(row(phases.get(phases.size() - 1)));
            List<DocumentClient.Uploaded> stored = uploaded.stream().filter(each -> each.id() != null).toList();
            if (stored.isEmpty()) {
                continue; // nothing to download: the upload row already shows the failures
            }
            phases.add(phase("download", round, 200, i -> client.download(stored.get(i % stored.size()))));
            stored.forEach(each -> client.delete(each.id()));
            System.out.println(row(phases.get(phases.size() - 1)));
        }
        Result result = new Result(started.toString(), options.baseUrl(), options.rounds(), options.concurrency(),
                options.fileBytes(), appPid, options.dbPid(), rssBefore, phases);
        Path json = options.out().resolve("documents-" + STAMP.format(started) + ".json");
        Files.createDirectories(options.out());
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), result);
        printSummary(result, json, System.out);
        return phases.stream().anyMatch(each -> each.failed() > 0) ? LoadRun.EXIT_REQUESTS_FAILED : LoadRun.EXIT_OK;
    }

    /** The concurrency's transfers at once, timed from the first start to the last end, the server measured. */
    private PhaseFigures phase(String name, int round, int expectedStatus, IntFunction<Transfer> transfer)
            throws InterruptedException {
        PhaseMeter server = new PhaseMeter(appPid, options.dbPid());
        server.start();
        long clientCpuBefore = CLIENT.getProcessCpuTime();
        long start = System.nanoTime();
        List<Future<Transfer>> running = new ArrayList<>();
        for (int i = 0; i < options.concurrency(); i++) {
            int index = i;
            running.add(transfers.submit(() -> transfer.apply(index)));
        }
        List<Transfer> done = new ArrayList<>();
        for (Future<Transfer> each : running) {
            try {
                done.add(each.get());
            } catch (ExecutionException failed) {
                throw new IllegalStateException(failed.getCause());
            }
        }
        long wall = System.nanoTime() - start;
        long clientCpu = CLIENT.getProcessCpuTime() - clientCpuBefore;
        return PhaseFigures.of(name, round, expectedStatus, done, wall, clientCpu, server.stop());
    }

    private static String row(PhaseFigures phase) {
        return String.format(Locale.ROOT, "%-5d %-8s %8.1f %8.0f %8.0f %8.1f %8s %8s %10s %8s %10s %10s %6d",
                phase.round(), phase.phase(), phase.megabytesPerSecond(), phase.latencyMedianMs(),
                phase.latencyMaxMs(), phase.clientCpuPercent(), figure(phase.cpuPressurePercent()), figure(phase.appCpuPercent()),
                figure(phase.appRssPeakMb()), figure(phase.dbCpuPercent()), figure(phase.dbWrittenMbPerSecond()), figure(phase.dbReadMbPerSecond()), phase.failed());
    }

    private static void printSummary(Result result, Path json, PrintStream out) {
        out.println();
        for (String name : List.of("upload", "download")) {
            List<PhaseFigures> of = result.phases().stream().filter(each -> each.phase().equals(name)).toList();
            out.printf(Locale.ROOT, "%s: median %.1f MB/s over %d rounds of %d x %.0f MB%n", name,
                    PhaseFigures.medianThroughput(of), of.size(), result.concurrency(), result.fileBytes() / 1e6);
        }
        out.printf(Locale.ROOT, "app RSS: %s MB before, %s MB at most during the transfers%n",
                figure(result.appRssBeforeMb()), figure(result.phases().stream().map(PhaseFigures::appRssPeakMb)
                        .filter(Objects::nonNull).max(Double::compare).orElse(null)));
        out.println("results: " + json);
    }

    private static String figure(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }
}
