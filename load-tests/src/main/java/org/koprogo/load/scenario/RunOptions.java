package org.koprogo.load.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.koprogo.load.cli.NamedOptions;
import org.koprogo.load.sample.AppInstance;
import org.koprogo.load.traffic.Account;

/** The command line of {@code run <scenario> [options]}; null fields were not given. */
record RunOptions(String scenario, String baseUrl, Integer durationSeconds, Integer connections, Double rate,
                  Integer warmupSeconds, List<Account> accounts, Path out, Long appPid, Long dbPid, String dbUrl,
                  String dbUser, String dbPassword, String seedLabel, boolean profile, List<AppInstance> instances,
                  Path faultEvents, Integer retryDeadlineSeconds) {

    static final String DEFAULT_BASE_URL = "http://localhost:8080";
    static final Path DEFAULT_OUT = Path.of("load-tests", "results");

    static final String USAGE = """
            run <scenario> [options]
              scenarios: %s
              --base-url URL      the server (default %s)
              --duration 30s|5m   measured time (phases of multi-phase scenarios are scaled to it)
              --connections N     virtual users (the largest phase of multi-phase scenarios, others scaled)
              --rate R            open model at R requests/s (single-phase scenarios; 64 connections unless given)
              --warmup 30s        unrecorded traffic of the same shape first (default 30s, 0 for warmup)
              --users e:p,e:p     accounts, round-robin (default the realistic seed's syndics)
              --out DIR           results directory (default load-tests/results)
              --app-pid PID       the server process (default: the one listening on the base URL's port)
              --db-url URL --db-user U --db-password P   PostgreSQL, for its samples and pg_stat_statements
                                  (the password from $PGPASSWORD unless given: a command line is public)
              --db-pid PID        the postmaster (default: the one listening on the database port)
              --seed-label TEXT   what data the server held, stored in the results
              --profile           record the app's CPU with Java Flight Recorder (jcmd) over the measured phase:
                                  top frames in the results, collapsed stacks and the .jfr beside them
              --instances URL[=PIDFILE],...   the instances behind the base URL (a load balancer): each one's CPU,
                                  RSS (its pid file read every second, else its port's owner) and /metrics
              --faults FILE       a fault run: every POST carries an Idempotency-Key and is retried with it (no
                                  answer, 409, 502, 503, 504; Retry-After honoured), acknowledged writes are
                                  counted in the database (needs --db-url), and FILE's events ("<epoch ms> <label>"
                                  lines, written by load-tests/cluster.sh) are marked on the charts
              --retry-deadline 90s   how long a write is retried after its first send (fault runs)
            """.formatted(String.join(", ", Scenario.names()), DEFAULT_BASE_URL);

    private static final Set<String> NAMES = Set.of("--base-url", "--duration", "--connections", "--rate",
            "--warmup", "--users", "--out", "--app-pid", "--db-pid", "--db-url", "--db-user", "--db-password",
            "--seed-label", "--instances", "--faults", "--retry-deadline");

    /** The one option without a value. */
    private static final String PROFILE = "--profile";

    /** @throws IllegalArgumentException with a message for the user when the command line is wrong */
    static RunOptions parse(List<String> args) {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            throw new IllegalArgumentException("name a scenario");
        }
        List<String> named = new ArrayList<>(args.subList(1, args.size()));
        boolean profile = named.remove(PROFILE);
        Map<String, String> given = NamedOptions.parse(named, NAMES);
        return new RunOptions(args.get(0),
                given.getOrDefault("--base-url", DEFAULT_BASE_URL),
                value(given, "--duration", text -> positive(NamedOptions.seconds(text))),
                value(given, "--connections", text -> positive(Integer.parseInt(text))),
                value(given, "--rate", text -> positive(Double.parseDouble(text))),
                value(given, "--warmup", NamedOptions::seconds),
                Account.parseList(given.getOrDefault("--users", Account.DEFAULTS)),
                Path.of(given.getOrDefault("--out", DEFAULT_OUT.toString())),
                value(given, "--app-pid", Long::valueOf),
                value(given, "--db-pid", Long::valueOf),
                given.get("--db-url"),
                given.get("--db-user"),
                given.getOrDefault("--db-password", System.getenv("PGPASSWORD")),
                given.get("--seed-label"),
                profile,
                value(given, "--instances", AppInstance::parseList),
                value(given, "--faults", Path::of),
                value(given, "--retry-deadline", text -> positive(NamedOptions.seconds(text))));
    }

    private static <T> T value(Map<String, String> given, String name, Function<String, T> parse) {
        String text = given.get(name);
        try {
            return text == null ? null : parse.apply(text);
        } catch (RuntimeException malformed) {
            throw new IllegalArgumentException(name + ": cannot use '" + text + "'", malformed);
        }
    }

    private static <N extends Number> N positive(N number) {
        if (number.doubleValue() <= 0) {
            throw new IllegalArgumentException("must be positive");
        }
        return number;
    }
}
