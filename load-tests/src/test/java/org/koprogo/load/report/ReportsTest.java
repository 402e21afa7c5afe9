package org.koprogo.load.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.load.report.HtmlAssertions.assertSelfContained;
import static org.koprogo.load.report.HtmlAssertions.count;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koprogo.load.result.RunResult;

/** The subcommands on the sample run of a spike (90 s, 10 → 200 → 10 connections) kept under test resources. */
class ReportsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @Test
    void readsTheRunJson() throws Exception {
        RunResult run = Reports.read(sample("run.json"));
        assertEquals("spike", run.scenario());
        assertEquals(3, run.settings().phases().size());
        assertEquals(90, run.timeline().size());
        assertNull(run.samples().get(0).dbRssMb());
        assertEquals(3, run.spike().recoverySeconds());
    }

    @Test
    void reportWritesThePageNextToTheJson() throws Exception {
        Path json = sample("spike-20250614.json");
        assertEquals(0, run("report", json.toString()));
        String html = Files.readString(dir.resolve("spike-20250614.html"));
        // 7 time charts, p99 by route, 6 histograms (one route had no request)
        assertEquals(14, count(html, "<svg"));
        assertSelfContained(html);
    }

    @Test
    void compareWritesThePageNextToTheAfterRunAndMarkdownToStdout() throws Exception {
        Path before = sample("before.json");
        Path after = sample("after.json");
        assertEquals(0, run("compare", before.toString(), after.toString()));
        assertTrue(Files.exists(dir.resolve("after-vs-before.html")));
        String markdown = stdout.toString(StandardCharsets.UTF_8);
        assertTrue(markdown.contains("| p99 (ms) | 32.4 | 32.4 | 1.00× |"), markdown);
        assertTrue(markdown.contains("| GET /api/v1/buildings |"), markdown);
    }

    @Test
    void anOutputPathMayBeGiven() throws Exception {
        Path out = dir.resolve("elsewhere.html");
        assertEquals(0, run("report", sample("run.json").toString(), out.toString()));
        assertTrue(Files.size(out) > 10_000);
    }

    @Test
    void aWrongCommandLineShowsUsage() throws Exception {
        assertEquals(2, run("report"));
        assertEquals(2, run("plot", "x.json"));
        assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("usage: report <run.json> [out.html]"));
    }

    private int run(String... args) throws Exception {
        return Reports.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    private Path sample(String name) throws Exception {
        Path copy = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/report/spike-run.json")) {
            Files.copy(in, copy);
        }
        return copy;
    }
}
