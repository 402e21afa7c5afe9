package org.koprogo.load.report;

import java.util.List;

/** The colour key of a chart, in one row; text widths are estimated since SVG cannot measure without script. */
final class Legend {

    record Entry(String name, String colour) {
    }

    private static final double CHARACTER_WIDTH = 7;

    private Legend() {
    }

    static void render(Markup out, List<Entry> entries, double x, double y) {
        double at = x;
        for (Entry entry : entries) {
            out.empty("rect", "x", Format.px(at), "y", Format.px(y - 9), "width", "14", "height", "10",
                    "fill", entry.colour());
            out.element("text", entry.name(), "class", "legend", "x", Format.px(at + 18), "y", Format.px(y));
            at += 18 + entry.name().length() * CHARACTER_WIDTH + 18;
        }
    }
}
