package org.koprogo.load.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The tick values of an axis, chosen so a reader takes them in at a glance: 1, 2 or 5 times a power of ten. The
 * axis runs from {@code lo} to {@code hi}, the first and last tick, which enclose the data.
 */
record Ticks(double lo, double hi, List<Double> values) {

    /** About {@code target} evenly spaced ticks covering [min, max]; an empty range still gets an axis. */
    static Ticks linear(double min, double max, int target) {
        if (!(max > min)) {
            max = min + (min == 0 ? 1 : Math.abs(min));
        }
        double step = niceStep((max - min) / Math.max(1, target));
        long first = (long) Math.floor(min / step + 1e-9);
        long last = (long) Math.ceil(max / step - 1e-9);
        List<Double> values = new ArrayList<>();
        for (long i = first; i <= last; i++) {
            values.add(clean(i * step));
        }
        return new Ticks(values.get(0), values.get(values.size() - 1), values);
    }

    /**
     * Whole decades enclosing [minPositive, max], with 2 and 5 in between when the axis spans three decades or
     * fewer.
     */
    static Ticks logarithmic(double minPositive, double max) {
        if (!(minPositive > 0)) {
            throw new IllegalArgumentException("a logarithmic axis needs a positive minimum: " + minPositive);
        }
        int firstDecade = (int) Math.floor(Math.log10(minPositive) + 1e-9);
        int lastDecade = (int) Math.ceil(Math.log10(Math.max(max, minPositive)) - 1e-9);
        if (lastDecade == firstDecade) {
            lastDecade++;
        }
        double[] multipliers = lastDecade - firstDecade <= 3 ? new double[] {1, 2, 5} : new double[] {1};
        List<Double> values = new ArrayList<>();
        for (int decade = firstDecade; decade < lastDecade; decade++) {
            for (double multiplier : multipliers) {
                values.add(clean(multiplier * Math.pow(10, decade)));
            }
        }
        values.add(clean(Math.pow(10, lastDecade)));
        return new Ticks(values.get(0), values.get(values.size() - 1), values);
    }

    /** The smallest step of 1, 2 or 5 times a power of ten not below {@code rough}. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    /** Drops the binary noise of multiplying decimals, e.g. 0.30000000000000004. */
    private static double clean(double value) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.12g", value));
    }
}
