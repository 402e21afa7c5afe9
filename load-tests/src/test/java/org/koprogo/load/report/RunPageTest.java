package org.koprogo.load.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.load.report.HtmlAssertions.assertSelfContained;
import static org.koprogo.load.report.HtmlAssertions.count;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.koprogo.load.result.RunResult;

class RunPageTest {

    private static final String HTML = RunPage.render(SyntheticRuns.spike(1, 1), SyntheticRuns.stacks());

    @Test
    void hasEverySection() {
        for (String id : new String[] {"summary", "spike", "timeline", "routes", "server", "profile", "queries"}) {
            assertTrue(HTML.contains("<section id=\"" + id + "\">"), id);
        }
        assertTrue(HTML.startsWith("<!DOCTYPE html>"));
        assertTrue(HTML.contains("Environment") && HTML.contains("Phases") && HTML.contains("Traffic mix"));
    }

    /**
     * Latency, throughput, connections (they vary), CPU and RSS of the app (PostgreSQL and load were not
     * measured), p99 by route, two server histograms (the route without requests has none) and the flame graph.
     */
    @Test
    void drawsOnlyTheChartsItHasDataFor() {
        assertEquals(9, count(HTML, "<svg"));
        assertEquals(1, count(HTML, "class=\"chart flame\""));
        assertEquals(2, count(HTML, "class=\"chart histogram\""));
        assertTrue(HTML.contains("aria-label=\"Client connections\""));
        assertFalse(HTML.contains("PostgreSQL connections"));
        assertFalse(HTML.contains("Load average"));
        assertTrue(HTML.contains("aria-label=\"Client latency per second (ms, log scale)\""));
    }

    @Test
    void marksThePhases() {
        assertTrue(HTML.contains(">spike · 200 conn</text>"));
        assertTrue(HTML.contains("class=\"marker\""));
    }

    @Test
    void escapesWhatTheRunRecorded() {
        assertFalse(HTML.contains(SyntheticRuns.HOSTILE_ROUTE));
        assertTrue(HTML.contains("/api/v1/&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(HTML.contains("notes &amp; &lt;i&gt;markup&lt;/i&gt;"));
        assertTrue(HTML.contains("name &lt;&gt; &#39;&lt;b&gt;&#39;"));
        assertSelfContained(HTML);
    }

    @Test
    void flagsErrorsAndJudgesTheSpike() {
        assertTrue(HTML.contains("<div class=\"card bad\"><div class=\"label\">errors</div><div class=\"value\">20<"));
        assertTrue(HTML.contains("<div class=\"bad\">503: 20</div>"));
        assertTrue(HTML.contains("class=\"verdict good\""));
        assertTrue(HTML.contains("3 s after the spike (within the 5 s bound)"));
    }

    @Test
    void foldsLongQueries() {
        assertEquals(1, count(HTML, "<details>"));
        assertTrue(HTML.contains("<code>SELECT 1</code>"));
    }

    @Test
    void aRunThatMeasuredNothingStillRenders() {
        String html = RunPage.render(SyntheticRuns.empty(), null);
        assertEquals(0, count(html, "<svg"));
        assertTrue(html.contains("<section id=\"summary\">"));
        assertTrue(html.contains("No per-second data in this run."));
        assertTrue(html.contains("No requests were measured."));
        assertTrue(html.contains("No server histograms"));
        assertTrue(html.contains("No query statistics"));
        assertFalse(html.contains("id=\"spike\""));
        assertSelfContained(html);
    }

    @Test
    void aFaultRunThroughALoadBalancerShowsItsInstancesItsWritesAndTheOutage() {
        RunResult run = SyntheticRuns.spike(1, 1);
        List<RunResult.Instance> instances = List.of(
                new RunResult.Instance("http://127.0.0.1:8081", 40.0, 80.0, 390.0, List.of(11L), 900L, 12.5),
                new RunResult.Instance("http://127.0.0.1:8082", 30.0, 70.0, 380.0, List.of(12L, 13L), 700L, 14.0));
        RunResult.Faults faults = new RunResult.Faults(List.of(new RunResult.Event(10, "db-down"),
                new RunResult.Event(15, "db-up")), new RunResult.Retries(500, 12, 30, 0, 90_000),
                new RunResult.WriteCheck(480, 480, 0, null), new RunResult.Outage(10, 15,
                Map.of("503", 40L, "500", 1L), 39, 850, 1.2, 4.0));
        String html = RunPage.render(new RunResult(run.scenario(), run.startedAt(), run.baseUrl(),
                run.environment(), run.settings(), run.summary(), run.routes(), run.timeline(), run.samples(),
                run.serverRoutes(), run.topQueries(), run.spike(), null, instances, faults), null);

        assertTrue(html.contains("<section id=\"faults\">") && html.contains("<section id=\"instances\">"));
        // The synthetic run has 20 errors: not a pass, even with every write found.
        assertTrue(html.contains("class=\"verdict bad\">20 requests failed at the client after retries; every "
                + "acknowledged write found exactly once, none duplicated."), html);
        assertTrue(html.contains("12, 13") && html.contains("1,600"), "both pids of the restarted one, the total");
        assertTrue(html.contains("500: 1"), "the 500 seen while the database was down");
        assertTrue(html.contains("db-down"), "the events, in their table and on the charts");
        assertSelfContained(html);
    }

    @Test
    void aSpikeThatNeverRecoveredIsBad() {
        RunResult run = SyntheticRuns.spike(1, 1);
        RunResult stuck = new RunResult(run.scenario(), run.startedAt(), run.baseUrl(), run.environment(),
                run.settings(), run.summary(), run.routes(), run.timeline(), run.samples(), run.serverRoutes(),
                run.topQueries(), new RunResult.Spike(15, 900, null, 0), null, null, null);
        String html = RunPage.render(stuck, null);
        assertTrue(html.contains("class=\"verdict bad\""));
        assertTrue(html.contains("did not come back"));
    }

    @Test
    void showsTheProfileAsAFlameGraphAndTopFrames() {
        assertTrue(HTML.contains("<title>Pg.execute · 500 samples · 50.00 %</title>"));
        assertTrue(HTML.contains("<td><code>Pg.execute</code></td><td class=\"num\">50.00</td><td class=\"num\">500</td>"
                + "<td class=\"num\">50.00</td><td class=\"num\">500</td>"));
        assertTrue(HTML.contains("<td><code>Tiny.&lt;script&gt;</code></td>"));
        assertTrue(HTML.contains("spike-20250614-102107.stacks.txt"));
    }

    @Test
    void saysWhyAProfileIsMissing() {
        RunResult run = SyntheticRuns.spike(1, 1);
        String withoutStacks = RunPage.render(run, null);
        assertEquals(0, count(withoutStacks, "class=\"chart flame\""));
        assertTrue(withoutStacks.contains("No flame graph: spike-20250614-102107.stacks.txt was not found"));
        assertTrue(withoutStacks.contains("<code>BCrypt.hash</code>"));
        RunResult refused = SyntheticRuns.withProfile(run, new RunResult.Profile(0, null, null,
                "jcmd 42 JFR.start failed (1): attach refused", List.of()));
        assertTrue(RunPage.render(refused, null).contains("No profile: jcmd 42 JFR.start failed (1): attach refused"));
        String unasked = RunPage.render(SyntheticRuns.withProfile(run, null), null);
        assertFalse(unasked.contains("id=\"profile\""));
    }
}
