package org.koprogo.load.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.koprogo.load.http.Json;
import org.koprogo.load.report.Reports;
import org.koprogo.load.result.RunResult;

/** Writes a run as {@code <scenario>-<yyyyMMdd-HHmmss>} .json (everything), .csv (by second) and .html. */
public final class ResultFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String CSV_HEADER = "t,connections,requests,errors,p50_ms,p90_ms,p99_ms,max_ms,"
            + "app_cpu_percent,app_rss_mb,db_cpu_percent,db_pss_mb,db_connections_active,db_connections_idle,"
            + "db_connections_total,load1";

    /** The html file is null when the report could not be written; the data files are there regardless. */
    public record Written(Path json, Path csv, Path html) {
    }

    private ResultFiles() {
    }

    /** {@code <scenario>-<yyyyMMdd-HHmmss>}, the name all the files of one run share before their extension. */
    public static String name(String scenario, LocalDateTime started) {
        return scenario + "-" + STAMP.format(started);
    }

    public static Written write(RunResult result, Path directory, LocalDateTime started) throws IOException {
        Files.createDirectories(directory);
        String name = name(result.scenario(), started);
        Path json = directory.resolve(name + ".json");
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), result);
        Path csv = directory.resolve(name + ".csv");
        writeCsv(result, csv);
        Path html = directory.resolve(name + ".html");
        try {
            Reports.html(result, directory, html);
        } catch (IOException | RuntimeException failed) {
            System.err.println("load: the HTML report could not be written: " + failed);
            html = null;
        }
        return new Written(json, csv, html);
    }

    /** The client's timeline joined with the server's samples by second; empty cells for what is missing. */
    static void writeCsv(RunResult result, Path csv) throws IOException {
        Map<Integer, RunResult.Second> seconds = result.timeline().stream()
                .collect(Collectors.toMap(RunResult.Second::t, Function.identity()));
        Map<Integer, RunResult.Sample> samples = result.samples().stream()
                .collect(Collectors.toMap(RunResult.Sample::t, Function.identity(), (a, b) -> a));
        int last = Math.max(seconds.keySet().stream().mapToInt(t -> t).max().orElse(-1),
                samples.keySet().stream().mapToInt(t -> t).max().orElse(-1));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(csv))) {
            out.println(CSV_HEADER);
            for (int t = 0; t <= last; t++) {
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(t));
                row.addAll(cells(seconds.get(t)));
                row.addAll(cells(samples.get(t)));
                out.println(String.join(",", row));
            }
        }
    }

    private static List<String> cells(RunResult.Second s) {
        return s == null ? Collections.nCopies(7, "") : Stream.<Number>of(s.connections(), s.requests(),
                s.errors(), s.p50(), s.p90(), s.p99(), s.max()).map(ResultFiles::number).toList();
    }

    private static List<String> cells(RunResult.Sample m) {
        return m == null ? Collections.nCopies(8, "") : Stream.<Number>of(m.appCpuPercent(), m.appRssMb(),
                m.dbCpuPercent(), m.dbRssMb(), m.dbConnectionsActive(), m.dbConnectionsIdle(),
                m.dbConnectionsTotal(), m.load1()).map(ResultFiles::number).toList();
    }

    private static String number(Number value) {
        if (value == null) {
            return "";
        }
        return value instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : value.toString();
    }
}
