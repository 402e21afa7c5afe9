package org.koprogo.load.targets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.koprogo.load.result.RunResult;

/**
 * One configuration's figures for issue 17's targets, from its measured steps: what the table shows and judges.
 *
 * @param warmupSecondsToShare seconds after ready until the realistic mix's 10-s throughput reached 80 % of
 *                             the steady one (null: not within the warm-up curve)
 * @param warmupShareAtMinute  the 10-s throughput 50-60 s after ready as a share of the steady one
 * @param errors               errors of the ratio rounds and the open model (the warm-up curve's are its own)
 * @param rssMb                the app's RSS under the realistic mix: the ratio rounds' realistic halves and
 *                             the open model
 */
record Figures(double readySeconds, Integer warmupSecondsToShare, Double warmupShareAtMinute, double medianRatio,
               double medianHealthPerSecond, double medianRealisticPerSecond, double openRatePerSecond,
               RunLatency open, long errors, Memory rssMb) {

    /** The open model's client latencies, ms. */
    record RunLatency(double p50, double p99, double max) {
    }

    /** Median and maximum of a series of samples; null when nothing was sampled. */
    record Memory(Double median, Double max) {

        static Memory of(List<Double> samples) {
            return samples.isEmpty() ? new Memory(null, null)
                    : new Memory(Figures.median(samples), Collections.max(samples));
        }
    }

    static Figures of(double readySeconds, WarmupCurve warmup, List<TargetsResult.Round> rounds,
                      TargetsResult.Open open) {
        List<Double> rss = new ArrayList<>();
        long errors = open.stretch().errors();
        for (TargetsResult.Round round : rounds) {
            rss.addAll(round.realistic().appRssMb());
            errors += round.health().errors() + round.realistic().errors();
        }
        rss.addAll(open.stretch().appRssMb());
        Double atMinute = warmup.lastWindowWithin();
        RunResult.Latency latency = open.stretch().summary().latencyMs();
        return new Figures(readySeconds, warmup.secondsToShareOfSteady(),
                atMinute == null || warmup.steadyPerSecond() == 0 ? null : atMinute / warmup.steadyPerSecond(),
                median(rounds.stream().map(TargetsResult.Round::ratio).toList()),
                median(rounds.stream().map(round -> round.health().throughput()).toList()),
                median(rounds.stream().map(round -> round.realistic().throughput()).toList()),
                open.ratePerSecond(), new RunLatency(latency.p50(), latency.p99(), latency.max()), errors,
                Memory.of(rss));
    }

    /** The middle value, or the mean of the two middle ones; 0 for none. */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
