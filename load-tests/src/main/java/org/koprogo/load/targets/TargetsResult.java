package org.koprogo.load.targets;

import java.util.List;
import java.util.Map;

import org.koprogo.load.result.RunResult;

/**
 * Everything one {@code targets} session measured, written as {@code targets-<time>.json} beside its Markdown
 * tables. Throughputs are requests per second, latencies ms, memory MB, times seconds.
 */
record TargetsResult(String startedAt, RunResult.Environment environment, Session session,
                     List<ConfigurationResult> configurations) {

    record Session(int port, String dataDir, List<String> seedArgs, int connections, int warmupSeconds,
                   int rounds, int roundSeconds, int openSeconds, int openConnections, List<RunResult.MixEntry> mix) {
    }

    /**
     * @param seedStartSeconds the discarded first start's, migrations and seeding included
     * @param readySeconds     from {@code java} to {@code /health/ready} 200 on the migrated, seeded database
     */
    record ConfigurationResult(String label, String jar, List<String> jvmOptions, Map<String, String> env,
                               List<String> args, double seedStartSeconds, double readySeconds, Warmup warmup,
                               List<Round> rounds, Open open, Figures figures) {
    }

    /**
     * The realistic mix from the moment of ready: its timeline's second t is t seconds after ready, and the first
     * {@code setUpSeconds} went to signing the users in and creating their buildings, units and owners (no
     * request of the mix completes then).
     */
    record Warmup(double setUpSeconds, List<Double> perTenSeconds, Double fiftyToSixtyPerSecond,
                  Integer secondsToEightyPercentOfSteady, Stretch stretch) {
    }

    record Round(int round, Stretch health, Stretch realistic, double ratio) {
    }

    record Open(double ratePerSecond, int connections, Stretch stretch) {
    }
}
