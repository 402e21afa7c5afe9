package org.koprogo.load.report;

import java.util.List;

/**
 * Horizontal bars as inline SVG, one row per label and one bar per group in each row: p99 by route, or a before
 * and an after bar side by side.
 */
final class BarChart {

    /** One colour of bars: its values are in the order of the chart's labels; NaN draws no bar. */
    record Bars(String name, String colour, double[] values) {
    }

    private static final int LABEL_WIDTH = 380;
    private static final int LEFT = LABEL_WIDTH + 10;
    private static final int RIGHT = 70;
    private static final int BAR_HEIGHT = 14;
    private static final int ROW_GAP = 8;
    private static final int MAX_LABEL_CHARACTERS = 56;

    private final String title;
    private final String unit;
    private final List<String> labels;
    private final List<Bars> groups;

    BarChart(String title, String unit, List<String> labels, List<Bars> groups) {
        this.title = title;
        this.unit = unit;
        this.labels = labels;
        this.groups = groups;
    }

    void render(Markup out) {
        int top = groups.size() > 1 ? 46 : 30;
        int rowHeight = groups.size() * (BAR_HEIGHT + 2) + ROW_GAP;
        int plotBottom = top + labels.size() * rowHeight;
        int height = plotBottom + 24;
        double max = groups.stream().flatMapToDouble(g -> java.util.Arrays.stream(g.values()))
                .filter(Double::isFinite).max().orElse(0);
        Axis x = Axis.fromZero(max, 8, LEFT, Page.CHART_WIDTH - RIGHT);
        String caption = title + " (" + unit + ")";
        out.open("svg", "class", "chart", "viewBox", "0 0 " + Page.CHART_WIDTH + " " + height,
                "width", "" + Page.CHART_WIDTH, "height", "" + height, "role", "img", "aria-label", caption);
        out.element("text", caption, "class", "chart-title", "x", "0", "y", "16");
        if (groups.size() > 1) {
            Legend.render(out, groups.stream().map(g -> new Legend.Entry(g.name(), g.colour())).toList(), 0, 34);
        }
        for (double tick : x.ticks()) {
            double px = x.at(tick);
            out.empty("line", "class", "grid", "x1", Format.px(px), "x2", Format.px(px),
                    "y1", Format.px(top), "y2", Format.px(plotBottom));
            out.element("text", Format.compact(tick), "class", "tick", "x", Format.px(px),
                    "y", Format.px(plotBottom + 16), "text-anchor", "middle");
        }
        for (int row = 0; row < labels.size(); row++) {
            renderRow(out, row, top + row * rowHeight, x);
        }
        out.close("svg");
    }

    private void renderRow(Markup out, int row, double y, Axis x) {
        String label = labels.get(row);
        double groupHeight = groups.size() * (BAR_HEIGHT + 2);
        out.open("text", "class", "bar-label", "x", Format.px(LABEL_WIDTH), "y",
                Format.px(y + groupHeight / 2 + 3), "text-anchor", "end");
        out.element("title", label).text(shorten(label)).close("text");
        for (int g = 0; g < groups.size(); g++) {
            double value = groups.get(g).values()[row];
            if (!Double.isFinite(value)) {
                continue;
            }
            double top = y + g * (BAR_HEIGHT + 2);
            double width = Math.max(1, x.at(value) - LEFT);
            out.open("rect", "x", Format.px(LEFT), "y", Format.px(top), "width", Format.px(width),
                    "height", "" + BAR_HEIGHT, "fill", groups.get(g).colour());
            out.element("title", label + " · " + groups.get(g).name() + ": " + Format.inUnit(value, unit) + " " + unit)
                    .close("rect");
            out.element("text", Format.inUnit(value, unit), "class", "bar-value", "x", Format.px(LEFT + width + 4),
                    "y", Format.px(top + BAR_HEIGHT - 3));
        }
    }

    private static String shorten(String label) {
        return label.length() <= MAX_LABEL_CHARACTERS ? label : label.substring(0, MAX_LABEL_CHARACTERS - 1) + "…";
    }
}
