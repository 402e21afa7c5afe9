package org.koprogo.load.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.load.report.HtmlAssertions.count;

import java.util.List;

import org.junit.jupiter.api.Test;

class LineChartTest {

    private static String render(LineChart chart) {
        Markup out = new Markup();
        chart.render(out);
        return out.toString();
    }

    @Test
    void aMissingValueBreaksTheLine() {
        Series series = new Series("p50", Palette.P50, new double[] {0, 1, 2, 3, 4}, new double[] {1, 2, Double.NaN,
            3, 4});
        String svg = render(LineChart.linear("t", "ms", List.of(series), List.of(), 5));
        assertEquals(2, count(svg, "<polyline"));
    }

    @Test
    void aLoneValueIsADot() {
        Series series = new Series("x", Palette.P50, new double[] {0, 1, 2}, new double[] {Double.NaN, 2,
            Double.NaN});
        assertEquals(1, count(render(LineChart.linear("t", "u", List.of(series), List.of(), 3)), "<circle"));
    }

    @Test
    void latencySpanningDecadesGoesLogarithmic() {
        Series wide = new Series("max", Palette.MAX, new double[] {0, 1}, new double[] {1, 900});
        Series narrow = new Series("p50", Palette.P50, new double[] {0, 1}, new double[] {3, 5});
        assertTrue(render(LineChart.latency("latency", List.of(wide), List.of(), 2)).contains("log scale"));
        assertTrue(render(LineChart.latency("latency", List.of(narrow), List.of(), 2)).contains("(ms)"));
    }

    @Test
    void everySecondHasATooltip() {
        Series series = new Series("requests", Palette.REQUESTS, new double[] {0, 1, 2}, new double[] {10, 20, 30});
        String svg = render(LineChart.linear("t", "per s", List.of(series), List.of(), 3));
        assertEquals(4, count(svg, "class=\"hover\""));
        assertTrue(svg.contains("<title>t = 1 s\nrequests: 20.0 per s</title>"));
    }

    @Test
    void seriesWithoutDataAreLeftOut() {
        Series empty = new Series("PostgreSQL", Palette.DB, new double[] {0, 1}, new double[] {Double.NaN,
            Double.NaN});
        Series app = new Series("app", Palette.APP, new double[] {0, 1}, new double[] {1, 2});
        String svg = render(LineChart.linear("CPU", "%", List.of(app, empty), List.of(), 2));
        assertTrue(svg.contains(">app</text>"));
        assertEquals(0, count(svg, ">PostgreSQL</text>"));
    }
}
