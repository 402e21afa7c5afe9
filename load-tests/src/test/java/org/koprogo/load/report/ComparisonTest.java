package org.koprogo.load.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.load.report.HtmlAssertions.assertSelfContained;
import static org.koprogo.load.report.HtmlAssertions.count;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.koprogo.load.profile.CollapsedStacks;
import org.koprogo.load.report.Comparison.Better;
import org.koprogo.load.report.Comparison.Change;
import org.koprogo.load.report.Comparison.Verdict;

class ComparisonTest {

    /** After: half the latency, 1.5 times the throughput. */
    private static final Comparison FASTER = new Comparison(SyntheticRuns.spike(1, 1), SyntheticRuns.spike(0.5, 1.5));

    @Test
    void lowerLatencyAndHigherThroughputAreBetter() {
        assertEquals(Verdict.BETTER, change(FASTER, "p99").verdict());
        assertEquals("0.50×", change(FASTER, "p99").ratioText());
        assertEquals(Verdict.BETTER, change(FASTER, "throughput").verdict());
        assertEquals("1.50×", change(FASTER, "throughput").ratioText());
    }

    @Test
    void theReverseIsWorse() {
        Comparison slower = new Comparison(FASTER.after(), FASTER.before());
        assertEquals(Verdict.WORSE, change(slower, "p99").verdict());
        assertEquals(Verdict.WORSE, change(slower, "throughput").verdict());
    }

    @Test
    void smallChangesZerosAndGapsHaveNoColour() {
        assertEquals(Verdict.SAME, new Change("p99", 100.0, 101.0, Better.LOWER, "ms").verdict());
        assertEquals(Verdict.SAME, new Change("requests", 1.0, 9.0, Better.NEITHER, "count").verdict());
        assertEquals(Verdict.UNKNOWN, new Change("p99", null, 5.0, Better.LOWER, "ms").verdict());
        Change bothZero = new Change("errors", 0.0, 0.0, Better.LOWER, "count");
        assertEquals(Verdict.SAME, bothZero.verdict());
        assertEquals("=", bothZero.ratioText());
        Change newErrors = new Change("errors", 0.0, 5.0, Better.LOWER, "count");
        assertEquals(Verdict.WORSE, newErrors.verdict());
        assertEquals("∞", newErrors.ratioText());
    }

    @Test
    void thePageColoursRatiosByVerdict() {
        String html = ComparisonPage.render(FASTER);
        assertTrue(html.contains("<td class=\"num good\">0.50× better</td>"));
        assertTrue(html.contains("<td class=\"num good\">1.50× better</td>"));
        assertEquals(0, count(html, "class=\"num bad\""));
        String reversed = ComparisonPage.render(new Comparison(FASTER.after(), FASTER.before()));
        assertTrue(reversed.contains("<td class=\"num bad\">2.00× worse</td>"));
        assertTrue(reversed.contains("<td class=\"num bad\">0.67× worse</td>"));
    }

    @Test
    void thePageHasOverlaidChartsAndBothRunsQueries() {
        String html = ComparisonPage.render(FASTER);
        assertEquals(3, count(html, "<svg"));
        assertTrue(html.contains(">before</text>") && html.contains(">after</text>"));
        assertEquals(2, count(html, "<details>"));
        for (String id : new String[] {"summary", "timeline", "routes", "server", "profile", "queries"}) {
            assertTrue(html.contains("<section id=\"" + id + "\">"), id);
        }
        assertTrue(html.contains("/api/v1/&lt;script&gt;"));
        assertSelfContained(html);
    }

    @Test
    void comparingEmptyRunsRenders() {
        String html = ComparisonPage.render(new Comparison(SyntheticRuns.empty(), SyntheticRuns.empty()));
        assertEquals(0, count(html, "<svg"));
        assertTrue(html.contains("Neither run has per-second data."));
        assertSelfContained(html);
    }

    @Test
    void markdownHasTheSummaryAndEveryRoute() {
        String markdown = MarkdownComparison.render(FASTER);
        assertTrue(markdown.startsWith("| measure | before | after | after / before |\n|---|---:|---:|---:|\n"));
        assertTrue(markdown.contains("| p99 (ms) | 15.0 | 7.50 | 0.50× better |"), markdown);
        assertTrue(markdown.contains("| throughput (req/s) | 1,000 | 1,500 | 1.50× better |"), markdown);
        assertTrue(markdown.contains("| GET /api/v1/buildings | 667 | 1,000 | 1.50× better | 3.00 | 1.50 | 0.50× better"
                + " | 15.0 | 7.50 | 0.50× better |"), markdown);
        assertTrue(markdown.contains("| POST /api/v1/auth/login |"));
    }

    @Test
    void topFramesSideBySide() {
        CollapsedStacks faster = new CollapsedStacks();
        faster.add(List.of("Thread.run", "Pg.execute"), 120);
        faster.add(List.of("Thread.run", "Cache.get"), 80);
        Comparison cached = new Comparison(FASTER.before(),
                SyntheticRuns.withProfile(FASTER.after(), SyntheticRuns.profile(faster)));
        List<Change> frames = cached.frames();
        assertEquals(List.of("Pg.execute", "Cache.get", "BCrypt.hash", "Json.write", "BuildingsResource.list",
                "Tiny.<script>"), frames.stream().map(Change::name).toList());
        assertEquals("1.20×", frames.get(0).ratioText());
        assertEquals(Verdict.SAME, frames.get(0).verdict());
        assertEquals(Verdict.UNKNOWN, frames.get(1).verdict());
        assertTrue(ComparisonPage.render(cached).contains("<td><code>Pg.execute</code></td><td class=\"num\">50.00</td>"
                + "<td class=\"num\">60.00</td><td class=\"num same\">1.20×</td>"));
        assertTrue(MarkdownComparison.render(cached).contains("| `BCrypt.hash` | 25.00 | — | — |"));
    }

    private static Change change(Comparison comparison, String name) {
        return comparison.summary().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
