package org.koprogo.load.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Series over the seconds of the measured phase as inline SVG, with phase boundaries marked. Each second (or
 * group of seconds on long runs) is a hover band whose {@code <title>} lists the values: tooltips without script.
 */
final class LineChart {

    private static final int WIDTH = Page.CHART_WIDTH;
    private static final int HEIGHT = 250;
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 46;
    private static final int BOTTOM = 34;
    /** Hover bands beyond this many would only bloat the file; long runs group seconds instead. */
    private static final int MAX_HOVER_BANDS = 600;
    /** Latency switches to a logarithmic axis when its values span this factor, so p50 stays readable under max. */
    private static final double LOG_SPAN = 20;

    private final String title;
    private final String unit;
    private final List<Series> series;
    private final List<Marker> markers;
    private final double xMax;
    private final boolean logarithmic;

    private LineChart(String title, String unit, List<Series> series, List<Marker> markers, double xMax,
                      boolean logarithmic) {
        this.title = title;
        this.unit = unit;
        this.series = series.stream().filter(Series::hasData).toList();
        this.markers = markers;
        this.xMax = Math.max(1, xMax);
        this.logarithmic = logarithmic && minPositive(this.series) > 0;
    }

    /** Counts, rates, percentages and sizes: a linear axis from zero. */
    static LineChart linear(String title, String unit, List<Series> series, List<Marker> markers, double xMax) {
        return new LineChart(title, unit, series, markers, xMax, false);
    }

    /** Latencies: logarithmic when they span more than a factor of {@value #LOG_SPAN}, else linear. */
    static LineChart latency(String title, List<Series> series, List<Marker> markers, double xMax) {
        double minPositive = minPositive(series);
        double max = series.stream().mapToDouble(Series::max).max().orElse(0);
        return new LineChart(title, "ms", series, markers, xMax, minPositive > 0 && max / minPositive >= LOG_SPAN);
    }

    void render(Markup out) {
        double plotBottom = HEIGHT - BOTTOM;
        double yMax = series.stream().mapToDouble(Series::max).max().orElse(0);
        Axis x = Axis.upTo(xMax, 12, LEFT, WIDTH - RIGHT);
        Axis y = logarithmic
                ? Axis.logarithmic(minPositive(series), yMax, plotBottom, TOP)
                : Axis.fromZero(yMax, 5, plotBottom, TOP);
        String caption = caption(y.isLogarithmic());
        out.open("svg", "class", "chart", "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "width", "" + WIDTH,
                "height", "" + HEIGHT, "role", "img", "aria-label", caption);
        out.element("text", caption, "class", "chart-title", "x", "" + LEFT, "y", "16");
        Legend.render(out, series.stream().map(s -> new Legend.Entry(s.name(), s.colour())).toList(), LEFT, 34);
        renderAxes(out, x, y, plotBottom);
        renderMarkers(out, x, plotBottom);
        for (Series line : series) {
            renderLine(out, line, x, y);
        }
        renderHoverBands(out, x, plotBottom);
        out.close("svg");
    }

    private void renderAxes(Markup out, Axis x, Axis y, double plotBottom) {
        for (double tick : y.ticks()) {
            double py = y.at(tick);
            out.empty("line", "class", "grid", "x1", Format.px(LEFT), "x2", Format.px(WIDTH - RIGHT),
                    "y1", Format.px(py), "y2", Format.px(py));
            out.element("text", Format.compact(tick), "class", "tick", "x", Format.px(LEFT - 6),
                    "y", Format.px(py + 4), "text-anchor", "end");
        }
        for (double tick : x.ticks()) {
            double px = x.at(tick);
            out.empty("line", "class", "axis", "x1", Format.px(px), "x2", Format.px(px),
                    "y1", Format.px(plotBottom), "y2", Format.px(plotBottom + 4));
            out.element("text", Format.count(Math.round(tick)), "class", "tick", "x", Format.px(px),
                    "y", Format.px(plotBottom + 16), "text-anchor", "middle");
        }
        out.empty("line", "class", "axis", "x1", Format.px(LEFT), "x2", Format.px(WIDTH - RIGHT),
                "y1", Format.px(plotBottom), "y2", Format.px(plotBottom));
        out.element("text", "seconds of the measured phase", "class", "tick", "x", Format.px(WIDTH - RIGHT),
                "y", Format.px(HEIGHT - 4), "text-anchor", "end");
    }

    private void renderMarkers(Markup out, Axis x, double plotBottom) {
        for (Marker marker : markers) {
            if (marker.x() < 0 || marker.x() > xMax) {
                continue;
            }
            double px = x.at(marker.x());
            if (marker.x() > 0) {
                out.empty("line", "class", "marker", "x1", Format.px(px), "x2", Format.px(px),
                        "y1", Format.px(TOP), "y2", Format.px(plotBottom));
            }
            out.element("text", marker.label(), "class", "marker-label", "x", Format.px(px + 4),
                    "y", Format.px(TOP + 12));
        }
    }

    /** One polyline per run of measured points; a gap (NaN, or nothing to plot on a log axis) breaks the line. */
    private void renderLine(Markup out, Series line, Axis x, Axis y) {
        StringBuilder points = new StringBuilder();
        int pointCount = 0;
        for (int i = 0; i <= line.y().length; i++) {
            boolean plottable = i < line.y().length && plottable(line.y()[i]);
            if (plottable) {
                points.append(Format.px(x.at(line.x()[i]))).append(',').append(Format.px(y.at(line.y()[i])))
                        .append(' ');
                pointCount++;
            } else if (pointCount > 0) {
                renderSegment(out, line.colour(), points.toString().trim(), pointCount);
                points.setLength(0);
                pointCount = 0;
            }
        }
    }

    private static void renderSegment(Markup out, String colour, String points, int pointCount) {
        if (pointCount == 1) {
            String[] xy = points.split(",");
            out.empty("circle", "cx", xy[0], "cy", xy[1], "r", "2", "fill", colour);
        } else {
            out.empty("polyline", "class", "line", "stroke", colour, "points", points);
        }
    }

    private void renderHoverBands(Markup out, Axis x, double plotBottom) {
        List<Map<Long, Double>> bySecond = series.stream().map(LineChart::bySecond).toList();
        long step = Math.max(1, (long) Math.ceil(xMax / MAX_HOVER_BANDS));
        for (long second = 0; second <= xMax; second += step) {
            StringBuilder tip = new StringBuilder("t = " + second + " s");
            for (int i = 0; i < series.size(); i++) {
                Double value = bySecond.get(i).get(second);
                tip.append('\n').append(series.get(i).name()).append(": ").append(value == null || value.isNaN()
                        ? Format.MISSING : Format.inUnit(value, unit) + " " + unit);
            }
            double left = x.at(second - step / 2.0);
            double right = x.at(second + step / 2.0);
            out.open("rect", "class", "hover", "x", Format.px(left), "y", Format.px(TOP),
                    "width", Format.px(right - left), "height", Format.px(plotBottom - TOP));
            out.element("title", tip).close("rect");
        }
    }

    /** The title with the unit, unless the title already says it, e.g. "PostgreSQL connections". */
    private String caption(boolean logScale) {
        List<String> notes = new ArrayList<>();
        if (!title.endsWith(unit)) {
            notes.add(unit);
        }
        if (logScale) {
            notes.add("log scale");
        }
        return notes.isEmpty() ? title : title + " (" + String.join(", ", notes) + ")";
    }

    private boolean plottable(double value) {
        return Double.isFinite(value) && (!logarithmic || value > 0);
    }

    private static Map<Long, Double> bySecond(Series line) {
        Map<Long, Double> values = new HashMap<>();
        for (int i = 0; i < line.x().length; i++) {
            values.put(Math.round(line.x()[i]), line.y()[i]);
        }
        return values;
    }

    private static double minPositive(List<Series> series) {
        return series.stream().mapToDouble(Series::minPositive).filter(v -> !Double.isNaN(v)).min().orElse(0);
    }
}
