package org.koprogo.load.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How numbers read in the reports: fixed locale, precision that suits the magnitude, a dash for "not measured". */
final class Format {

    static final String MISSING = "—";

    private Format() {
    }

    /** Milliseconds: three significant digits below 100, whole numbers above. */
    static String ms(double value) {
        if (!Double.isFinite(value)) {
            return MISSING;
        }
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }

    /** A value in its unit: milliseconds as {@link #ms}, an error rate in % to 0.01, else {@link #decimal}. */
    static String inUnit(double value, String unit) {
        if ("%".equals(unit) && Double.isFinite(value)) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return "ms".equals(unit) ? ms(value) : decimal(value);
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** Rates and other measured quantities (req/s, %, MB): one decimal below 100. */
    static String decimal(double value) {
        if (!Double.isFinite(value)) {
            return MISSING;
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%,.0f" : "%.1f", value);
    }

    static String decimal(Double value) {
        return value == null ? MISSING : decimal(value.doubleValue());
    }

    static String percent(double part, double whole) {
        if (whole <= 0) {
            return MISSING;
        }
        double percent = 100 * part / whole;
        return String.format(Locale.ROOT, percent > 0 && percent < 0.01 ? "%.4f %%" : "%.2f %%", percent);
    }

    static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }

    /** SVG coordinates: a tenth of a pixel is enough. */
    static String px(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Axis labels: at most three significant digits, thousands as k and millions as M. */
    static String compact(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 1_000_000) {
            return significant(value / 1_000_000) + "M";
        }
        if (magnitude >= 1_000) {
            return significant(value / 1_000) + "k";
        }
        return significant(value);
    }

    /** Status codes in numeric order, e.g. {@code 200: 1,234 · 503: 2}. */
    static String statuses(Map<String, Long> statuses) {
        if (statuses == null || statuses.isEmpty()) {
            return MISSING;
        }
        return new TreeMap<>(statuses).entrySet().stream()
                .map(entry -> entry.getKey() + ": " + count(entry.getValue()))
                .collect(Collectors.joining(" · "));
    }

    static String orMissing(Object value) {
        return value == null || String.valueOf(value).isBlank() ? MISSING : String.valueOf(value);
    }

    private static String significant(double value) {
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
