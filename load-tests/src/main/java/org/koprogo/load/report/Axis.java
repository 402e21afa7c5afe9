package org.koprogo.load.report;

import java.util.List;

/** Places data values along one axis of a chart, linearly or logarithmically, between two pixel positions. */
final class Axis {

    private final List<Double> ticks;
    private final double lo;
    private final double hi;
    private final boolean logarithmic;
    private final double from;
    private final double to;

    private Axis(List<Double> ticks, double lo, double hi, boolean logarithmic, double from, double to) {
        this.ticks = ticks;
        this.lo = lo;
        this.hi = hi;
        this.logarithmic = logarithmic;
        this.from = from;
        this.to = to;
    }

    /** A linear axis from zero to the tick above the data: counts, rates and sizes are read against zero. */
    static Axis fromZero(double max, int targetTicks, double from, double to) {
        Ticks ticks = Ticks.linear(0, max, targetTicks);
        return new Axis(ticks.values(), ticks.lo(), ticks.hi(), false, from, to);
    }

    /** A linear axis from zero to exactly {@code max}, e.g. the seconds of a run, which end where the run did. */
    static Axis upTo(double max, int targetTicks, double from, double to) {
        List<Double> ticks = Ticks.linear(0, max, targetTicks).values().stream().filter(t -> t <= max).toList();
        return new Axis(ticks, 0, max, false, from, to);
    }

    static Axis logarithmic(double minPositive, double max, double from, double to) {
        Ticks ticks = Ticks.logarithmic(minPositive, max);
        return new Axis(ticks.values(), ticks.lo(), ticks.hi(), true, from, to);
    }

    List<Double> ticks() {
        return ticks;
    }

    boolean isLogarithmic() {
        return logarithmic;
    }

    /** The pixel position of a value; values beyond the axis are clamped to its ends. */
    double at(double value) {
        double share = logarithmic
                ? Math.log(Math.max(value, lo) / lo) / Math.log(hi / lo)
                : (value - lo) / (hi - lo);
        share = Math.max(0, Math.min(1, share));
        return from + share * (to - from);
    }
}
