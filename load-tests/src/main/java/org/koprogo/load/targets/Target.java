package org.koprogo.load.targets;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/** A row of the targets table: a figure and, for issue 17's targets, the bound it must meet. */
enum Target {
    READY("ready (s from `java` to /health/ready)", "≤ 6 s", f -> decimal(f.readySeconds(), 1),
            f -> f.readySeconds() <= 6),
    WARMUP("warm-up: 80 % of steady reached (s after ready)", "≤ 60 s",
            f -> f.warmupSecondsToShare() == null ? "not reached" : Integer.toString(f.warmupSecondsToShare()),
            f -> f.warmupSecondsToShare() != null && f.warmupSecondsToShare() <= WarmupCurve.WITHIN_SECONDS),
    WARMUP_AT_MINUTE("warm-up: 50–60 s after ready, share of steady", "",
            f -> f.warmupShareAtMinute() == null ? "—" : percent(f.warmupShareAtMinute()), null),
    RATIO("realistic / health (median of the rounds)", "≥ 0.35", f -> decimal(f.medianRatio(), 3),
            f -> f.medianRatio() >= 0.35),
    HEALTH("health req/s (median)", "", f -> count(f.medianHealthPerSecond()), null),
    REALISTIC("realistic req/s (median, the steady throughput)", "", f -> count(f.medianRealisticPerSecond()),
            null),
    ERRORS("errors (rounds and open model)", "0", f -> Long.toString(f.errors()), f -> f.errors() == 0),
    OPEN_P99("open model p99 (ms)", "≤ 5 ms", f -> decimal(f.open().p99(), 2), f -> f.open().p99() <= 5),
    OPEN_REST("open model: rate req/s, p50 / max ms", "",
            f -> count(f.openRatePerSecond()) + ", " + decimal(f.open().p50(), 2) + " / "
                    + decimal(f.open().max(), 1), null),
    RSS("app RSS under the realistic mix, median / max (MB)", "≤ 320 MB (max)",
            f -> f.rssMb().max() == null ? "—" : count(f.rssMb().median()) + " / " + count(f.rssMb().max()),
            f -> f.rssMb().max() != null && f.rssMb().max() <= 320);

    private final String measure;
    private final String bound;
    private final Function<Figures, String> figure;
    /** Null for a figure that has no target of its own. */
    private final Predicate<Figures> met;

    Target(String measure, String bound, Function<Figures, String> figure, Predicate<Figures> met) {
        this.measure = measure;
        this.bound = bound;
        this.figure = figure;
        this.met = met;
    }

    String measure() {
        return measure;
    }

    String bound() {
        return bound;
    }

    String figure(Figures figures) {
        return figure.apply(figures);
    }

    /** "yes", "no", or "" for a figure without a target. */
    String verdict(Figures figures) {
        return met == null ? "" : met.test(figures) ? "yes" : "no";
    }

    static String decimal(double value, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", value);
    }

    static String count(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }
}
