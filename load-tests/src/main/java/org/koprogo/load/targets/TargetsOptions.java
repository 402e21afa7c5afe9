package org.koprogo.load.targets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.koprogo.load.cli.NamedOptions;
import org.koprogo.load.traffic.Account;

/** The command line of {@code targets [options]}: configuration A, optionally B, and the session's shape. */
record TargetsOptions(List<Configuration> configurations, int port, Path dataDir, List<String> seedArgs,
                      List<Account> accounts, int connections, int warmupSeconds, int rounds, int roundSeconds,
                      int openSeconds, int openConnections, Path out) {

    static final String USAGE = """
            targets --a-jar JAR [options]
              --a-jar JAR            the platform of configuration A (required)
              --a-jvm-options "..."  its JVM options (default none; targets.sh gives deploy/jvm.options)
              --a-env "K=V K=V"      extra environment of its platform
              --a-args "..."         its platform arguments
              --b-jar, --b-jvm-options, --b-env, --b-args: configuration B, measured after A (any of them makes
                                     a B; its jar defaults to A's)
              --port 18180           the port the platforms listen on, one at a time
              --data-dir DIR         their data dirs are DIR/a and DIR/b, wiped first (default /tmp/koprogo-targets)
              --seed "--seed realistic"   arguments of the discarded first start that migrates and seeds
              --users e:p,e:p        accounts of the realistic mix (default the realistic seed's syndics)
              --connections 10       closed model's connections (warm-up curve, health, realistic)
              --warmup-measure 180s  the warm-up curve, from /health/ready
              --rounds 3             health then realistic, this many times
              --round-duration 20s   each of them
              --open-duration 60s    the open model at half the median realistic throughput
              --open-connections 64  its connections
              --out DIR              results directory (default load-tests/results)
            """;

    private static final List<String> PARTS = List.of("-jar", "-jvm-options", "-env", "-args");
    private static final Set<String> NAMES = names();

    /** @throws IllegalArgumentException with a message for the user when the command line is wrong */
    static TargetsOptions parse(List<String> args) {
        Map<String, String> given = NamedOptions.parse(args, NAMES);
        if (!given.containsKey("--a-jar")) {
            throw new IllegalArgumentException("--a-jar is required");
        }
        List<Configuration> configurations = new ArrayList<>();
        configurations.add(configuration("A", given, given.get("--a-jar")));
        if (PARTS.stream().anyMatch(part -> given.containsKey("--b" + part))) {
            configurations.add(configuration("B", given, given.getOrDefault("--b-jar", given.get("--a-jar"))));
        }
        return new TargetsOptions(List.copyOf(configurations),
                value(given, "--port", "18180", Integer::parseInt),
                Path.of(given.getOrDefault("--data-dir", "/tmp/koprogo-targets")),
                Configuration.words(given.getOrDefault("--seed", "--seed realistic")),
                Account.parseList(given.getOrDefault("--users", Account.DEFAULTS)),
                value(given, "--connections", "10", TargetsOptions::positive),
                value(given, "--warmup-measure", "180s", TargetsOptions::positiveSeconds),
                value(given, "--rounds", "3", TargetsOptions::positive),
                value(given, "--round-duration", "20s", TargetsOptions::positiveSeconds),
                value(given, "--open-duration", "60s", TargetsOptions::positiveSeconds),
                value(given, "--open-connections", "64", TargetsOptions::positive),
                Path.of(given.getOrDefault("--out", "load-tests/results")));
    }

    private static Configuration configuration(String label, Map<String, String> given, String jar) {
        String prefix = "--" + label.toLowerCase() + "-";
        return new Configuration(label, Path.of(jar), Configuration.words(given.get(prefix + "jvm-options")),
                Configuration.environment(given.get(prefix + "env")), Configuration.words(given.get(prefix + "args")));
    }

    private static Set<String> names() {
        List<String> names = new ArrayList<>(List.of("--port", "--data-dir", "--seed", "--users", "--connections",
                "--warmup-measure", "--rounds", "--round-duration", "--open-duration", "--open-connections", "--out"));
        for (String configuration : List.of("--a", "--b")) {
            PARTS.forEach(part -> names.add(configuration + part));
        }
        return Set.copyOf(names);
    }

    private static int value(Map<String, String> given, String name, String fallback, Function<String, Integer> parse) {
        String text = given.getOrDefault(name, fallback);
        try {
            return parse.apply(text);
        } catch (RuntimeException malformed) {
            throw new IllegalArgumentException(name + ": cannot use '" + text + "'", malformed);
        }
    }

    private static int positive(String text) {
        return positive(Integer.parseInt(text));
    }

    private static int positiveSeconds(String text) {
        return positive(NamedOptions.seconds(text));
    }

    private static int positive(int number) {
        if (number <= 0) {
            throw new IllegalArgumentException("must be positive");
        }
        return number;
    }
}
