package org.koprogo.load.report;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** One line of a chart: x (seconds) and y values, NaN where the run measured nothing. */
record Series(String name, String colour, double[] x, double[] y) {

    /** Reads x and y from each row; a null y (not measured) becomes a gap. */
    static <T> Series of(String name, String colour, List<T> rows, ToDoubleFunction<T> x,
                         Function<T, ? extends Number> y) {
        double[] xs = new double[rows.size()];
        double[] ys = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            xs[i] = x.applyAsDouble(rows.get(i));
            Number value = y.apply(rows.get(i));
            ys[i] = value == null ? Double.NaN : value.doubleValue();
        }
        return new Series(name, colour, xs, ys);
    }

    boolean hasData() {
        for (double value : y) {
            if (Double.isFinite(value)) {
                return true;
            }
        }
        return false;
    }

    double max() {
        double max = 0;
        for (double value : y) {
            if (Double.isFinite(value)) {
                max = Math.max(max, value);
            }
        }
        return max;
    }

    /** The smallest value above zero, or NaN when there is none. */
    double minPositive() {
        double min = Double.NaN;
        for (double value : y) {
            if (value > 0 && !(value >= min)) {
                min = value;
            }
        }
        return min;
    }

    /** Whether the values change at all, e.g. connections in a spike run but not in a steady one. */
    boolean varies() {
        double first = Double.NaN;
        for (double value : y) {
            if (Double.isFinite(value)) {
                if (Double.isNaN(first)) {
                    first = value;
                } else if (value != first) {
                    return true;
                }
            }
        }
        return false;
    }
}
