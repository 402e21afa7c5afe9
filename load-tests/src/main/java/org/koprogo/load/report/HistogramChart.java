package org.koprogo.load.report;

import java.util.List;

import org.koprogo.load.result.RunResult.ServerRoute;

/**
 * A small inline SVG of one server route's latency distribution: requests per bucket, bucket bounds below, the
 * server's p50, p95 and p99 as vertical lines. Buckets are drawn with equal widths, as the server defines them.
 */
final class HistogramChart {

    /** Two side by side across the page. */
    private static final int WIDTH = (Page.CHART_WIDTH - 20) / 2;
    private static final int HEIGHT = 210;
    private static final int LEFT = 48;
    private static final int RIGHT = 12;
    private static final int TOP = 30;
    private static final int BOTTOM = 36;
    private static final int MAX_TITLE_CHARACTERS = 72;
    /** The narrowest room a bound label needs; narrower buckets label every other bound or fewer. */
    private static final double LABEL_ROOM = 34;

    private record Percentile(String name, double ms, String colour) {
    }

    private final ServerRoute route;
    private final Histogram histogram;

    HistogramChart(ServerRoute route) {
        this.route = route;
        this.histogram = Histogram.of(route.buckets()).trimmed();
    }

    void render(Markup out) {
        String title = route.method() + " " + route.route() + " · " + route.status() + " · "
                + Format.count(route.count()) + " requests";
        double plotBottom = HEIGHT - BOTTOM;
        List<Histogram.Bin> bins = histogram.bins();
        double binWidth = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, bins.size());
        Axis y = Axis.fromZero(histogram.maxCount(), 3, plotBottom, TOP);
        out.open("svg", "class", "chart histogram", "viewBox", "0 0 " + WIDTH + " " + HEIGHT,
                "width", "" + WIDTH, "height", "" + HEIGHT, "role", "img", "aria-label", title);
        out.open("text", "class", "chart-title", "x", "0", "y", "16");
        out.element("title", title).text(title.length() <= MAX_TITLE_CHARACTERS ? title
                : title.substring(0, MAX_TITLE_CHARACTERS - 1) + "…").close("text");
        for (double tick : y.ticks()) {
            double py = y.at(tick);
            out.empty("line", "class", "grid", "x1", Format.px(LEFT), "x2", Format.px(WIDTH - RIGHT),
                    "y1", Format.px(py), "y2", Format.px(py));
            out.element("text", Format.compact(tick), "class", "tick", "x", Format.px(LEFT - 6),
                    "y", Format.px(py + 4), "text-anchor", "end");
        }
        int labelEvery = (int) Math.ceil(LABEL_ROOM / binWidth);
        for (int i = 0; i < bins.size(); i++) {
            Histogram.Bin bin = bins.get(i);
            double left = LEFT + i * binWidth;
            double top = y.at(bin.count());
            out.open("rect", "x", Format.px(left + 1), "y", Format.px(top), "width", Format.px(binWidth - 2),
                    "height", Format.px(plotBottom - top), "fill", Palette.BAR);
            out.element("title", "(" + Format.compact(bin.lowerMs()) + ", " + bin.label() + "] ms: "
                    + Format.count(bin.count()) + " requests").close("rect");
            if ((i + 1) % labelEvery == 0 || i == bins.size() - 1) {
                out.element("text", bin.label(), "class", "tick", "x", Format.px(left + binWidth),
                        "y", Format.px(plotBottom + 14), "text-anchor", "middle");
            }
        }
        out.empty("line", "class", "axis", "x1", Format.px(LEFT), "x2", Format.px(WIDTH - RIGHT),
                "y1", Format.px(plotBottom), "y2", Format.px(plotBottom));
        out.element("text", "upper bound of the bucket (ms)", "class", "tick", "x", Format.px(WIDTH - RIGHT),
                "y", Format.px(HEIGHT - 4), "text-anchor", "end");
        List<Percentile> percentiles = List.of(new Percentile("p50", route.p50Ms(), Palette.P50),
                new Percentile("p95", route.p95Ms(), Palette.P95), new Percentile("p99", route.p99Ms(), Palette.P99));
        for (int i = 0; i < percentiles.size(); i++) {
            renderPercentile(out, percentiles.get(i), i, binWidth, plotBottom);
        }
        out.close("svg");
    }

    /** A dashed line and its label; labels take one row each so close percentiles stay legible. */
    private void renderPercentile(Markup out, Percentile percentile, int row, double binWidth, double plotBottom) {
        if (!Double.isFinite(percentile.ms()) || histogram.bins().isEmpty()) {
            return;
        }
        double px = LEFT + histogram.position(percentile.ms()) * binWidth;
        boolean nearRightEdge = px > WIDTH - 110;
        out.empty("line", "class", "percentile", "stroke", percentile.colour(), "x1", Format.px(px),
                "x2", Format.px(px), "y1", Format.px(TOP - 4), "y2", Format.px(plotBottom));
        out.element("text", percentile.name() + " " + Format.ms(percentile.ms()) + " ms", "class", "percentile-label",
                "fill", percentile.colour(), "x", Format.px(nearRightEdge ? px - 4 : px + 4),
                "y", Format.px(TOP + 8 + row * 13), "text-anchor", nearRightEdge ? "end" : "start");
    }
}
