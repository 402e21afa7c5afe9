package org.koprogo.load.targets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.koprogo.load.http.BaseUrl;
import org.koprogo.load.http.HttpConnection;
import org.koprogo.load.http.Json;
import org.koprogo.load.sample.EnvironmentProbe;
import org.koprogo.load.scenario.LoadRun;
import org.koprogo.load.traffic.Mix;
import org.koprogo.load.traffic.SetUpFailure;

/**
 * {@code targets}: every figure of issue 17's targets measured in one session, for one configuration of the
 * platform or two (A then B), each started by this command on a fresh data dir, and written as one JSON and
 * Markdown tables side by side. The platform it runs is stopped on every exit, interrupted ones included.
 */
public final class Targets {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final TargetsOptions options;
    private final BaseUrl server;

    private Targets(TargetsOptions options) {
        this.options = options;
        this.server = new BaseUrl("127.0.0.1", options.port());
    }

    /** {@code targets [options]}; returns the process's exit code (those of {@code run}). */
    public static int main(List<String> args) throws IOException, InterruptedException {
        Targets targets;
        try {
            targets = new Targets(TargetsOptions.parse(args));
        } catch (IllegalArgumentException wrong) {
            System.err.println("targets: " + wrong.getMessage() + "\n\nusage: " + TargetsOptions.USAGE);
            return LoadRun.EXIT_USAGE;
        }
        return targets.execute();
    }

    private int execute() throws IOException, InterruptedException {
        if (portAnswers()) {
            System.err.println("targets: something already answers on port " + options.port() + ": not measuring");
            return LoadRun.EXIT_NOT_READY;
        }
        OffsetDateTime startedAt = OffsetDateTime.now(ZoneOffset.UTC);
        List<TargetsResult.ConfigurationResult> results = new ArrayList<>();
        for (Configuration configuration : options.configurations()) {
            try {
                results.add(new ConfigurationSession(configuration, options, server).measure());
            } catch (SetUpFailure | IOException failed) {
                System.err.println("targets: configuration " + configuration.label() + ": " + failed.getMessage());
                return LoadRun.EXIT_NOT_READY;
            }
        }
        TargetsResult result = new TargetsResult(startedAt.toString(),
                EnvironmentProbe.describe(null, List.of()), session(), results);
        String markdown = markdown(results);
        Path directory = options.out();
        Files.createDirectories(directory);
        String name = "targets-" + STAMP.format(LocalDateTime.now());
        Path json = directory.resolve(name + ".json");
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), result);
        Path md = directory.resolve(name + ".md");
        Files.writeString(md, markdown);
        System.out.println();
        System.out.println(markdown);
        System.out.println("targets: " + json + "\ntargets: " + md);
        return results.stream().anyMatch(r -> r.figures().errors() > 0) ? LoadRun.EXIT_REQUESTS_FAILED
                : LoadRun.EXIT_OK;
    }

    private TargetsResult.Session session() {
        return new TargetsResult.Session(options.port(), options.dataDir().toString(), options.seedArgs(),
                options.connections(), options.warmupSeconds(), options.rounds(), options.roundSeconds(),
                options.openSeconds(), options.openConnections(), Mix.REALISTIC.describe());
    }

    static String markdown(List<TargetsResult.ConfigurationResult> results) {
        StringBuilder text = new StringBuilder("## Targets of issue 17\n\n").append(TargetTable.targets(results));
        for (TargetsResult.ConfigurationResult result : results) {
            List<String> command = new ArrayList<>();
            result.env().forEach((key, value) -> command.add(key + "=" + value));
            command.add("java");
            command.addAll(result.jvmOptions());
            command.add("-jar " + result.jar());
            command.addAll(result.args());
            text.append("\n### ").append(result.label()).append(": `").append(String.join(" ", command))
                    .append("`\n\n")
                    .append(String.format(Locale.ROOT, "Ready in %.1f s (the seeding start: %.1f s). "
                                    + "Warm-up curve: the first %.1f s after ready went to signing the users in and "
                                    + "creating their buildings, units and owners.%n%n", result.readySeconds(),
                            result.seedStartSeconds(), result.warmup().setUpSeconds()))
                    .append(TargetTable.rounds(result)).append('\n').append(TargetTable.warmup(result));
        }
        return text.toString();
    }

    private boolean portAnswers() {
        try (HttpConnection connection = new HttpConnection(server)) {
            return connection.send("GET", "/health/ready", null, null).status() != 0;
        }
    }
}
