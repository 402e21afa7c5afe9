package org.koprogo.load.documents;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.koprogo.load.cli.NamedOptions;
import org.koprogo.load.traffic.Account;

/** The command line of {@code documents [options]}; null pids were not given. */
record BenchOptions(String baseUrl, Account account, int rounds, int concurrency, long fileBytes, Path out,
                    Long appPid, Long dbPid) {

    static final String USAGE = """
            documents [options]
              --base-url URL      the server (default http://localhost:8080)
              --user e:p          a syndic to upload as (default admin@small.be:admin123, of the realistic seed)
              --rounds N          rounds of concurrent uploads then downloads (default 3)
              --concurrency N     transfers at once (default 4)
              --size-mb N         each file, in MB of 10^6 bytes (default 50: under the shipped 50 MiB cap)
              --out DIR           results directory (default load-tests/results)
              --app-pid PID       the server process (default: the one listening on the base URL's port)
              --db-pid PID        the postmaster, for PostgreSQL's CPU, memory and disk (default: not sampled)
            """;

    private static final List<String> NAMES = List.of("--base-url", "--user", "--rounds", "--concurrency",
            "--size-mb", "--out", "--app-pid", "--db-pid");

    /** @throws IllegalArgumentException with a message for the user when the command line is wrong */
    static BenchOptions parse(List<String> args) {
        Map<String, String> given = NamedOptions.parse(args, NAMES);
        List<Account> user = Account.parseList(given.getOrDefault("--user", "admin@small.be:admin123"));
        if (user.size() != 1) {
            throw new IllegalArgumentException("--user takes one email:password");
        }
        return new BenchOptions(given.getOrDefault("--base-url", "http://localhost:8080").replaceAll("/+$", ""),
                user.get(0),
                value(given, "--rounds", 3, BenchOptions::positive),
                value(given, "--concurrency", 4, BenchOptions::positive),
                value(given, "--size-mb", 50, BenchOptions::positive) * 1_000_000L,
                Path.of(given.getOrDefault("--out", "load-tests/results")),
                value(given, "--app-pid", null, Long::valueOf),
                value(given, "--db-pid", null, Long::valueOf));
    }

    private static <T> T value(Map<String, String> given, String name, T fallback, Function<String, T> parse) {
        String text = given.get(name);
        try {
            return text == null ? fallback : parse.apply(text);
        } catch (RuntimeException malformed) {
            throw new IllegalArgumentException(name + ": cannot use '" + text + "'", malformed);
        }
    }

    private static int positive(String text) {
        int number = Integer.parseInt(text);
        if (number <= 0) {
            throw new IllegalArgumentException("must be positive");
        }
        return number;
    }
}
