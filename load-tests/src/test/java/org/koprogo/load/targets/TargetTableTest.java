package org.koprogo.load.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TargetTableTest {

    @Test
    void putsEachTargetOnARowWithBothFiguresTheBoundAndBothVerdicts() {
        String table = TargetTable.targets(List.of(configuration("A", figures(5.2, 45, 0.36, 4.8, 0, 318.0)),
                configuration("B", figures(7.9, null, 0.18, 10.4, 2, 404.0))));
        List<String> lines = table.lines().toList();

        assertEquals("|  | A | B | target | met? |", lines.get(0));
        assertEquals("|---|---|---|---|---|", lines.get(1));
        assertEquals(2 + Target.values().length, lines.size());
        assertEquals("| ready (s from `java` to /health/ready) | 5.2 | 7.9 | ≤ 6 s | yes / no |", lines.get(2));
        assertTrue(lines.contains("| warm-up: 80 % of steady reached (s after ready) | 45 | not reached | ≤ 60 s"
                + " | yes / no |"), table);
        assertTrue(lines.contains("| realistic / health (median of the rounds) | 0.360 | 0.180 | ≥ 0.35 | yes / no |"),
                table);
        assertTrue(lines.contains("| errors (rounds and open model) | 0 | 2 | 0 | yes / no |"), table);
        assertTrue(lines.contains("| open model p99 (ms) | 4.80 | 10.40 | ≤ 5 ms | yes / no |"), table);
        assertTrue(lines.contains("| app RSS under the realistic mix, median / max (MB) | 300 / 318 | 300 / 404"
                + " | ≤ 320 MB (max) | yes / no |"), table);
        assertTrue(lines.contains("| health req/s (median) | 10,000 | 10,000 |  |  |"), "no verdict without target");
    }

    @Test
    void aSingleConfigurationHasOneFigureColumn() {
        String table = TargetTable.targets(List.of(configuration("A", figures(6.0, 60, 0.35, 5.0, 0, 320.0))));

        assertEquals("|  | A | target | met? |", table.lines().findFirst().orElseThrow());
        assertTrue(table.lines().filter(line -> line.endsWith("| no |")).findAny().isEmpty(),
                "every bound is inclusive: " + table);
    }

    @Test
    void theRoundsTableGivesEachRoundsThroughputsRatioErrorsAndRss() {
        TargetsResult.ConfigurationResult a = configuration("A", figures(5, 45, 0.2, 4, 0, 410.0));

        assertEquals("""
                | round | health req/s | realistic req/s | ratio | errors | app RSS median / max (MB) |
                |---|---|---|---|---|---|
                | 1 | 10,000 | 2,000 | 0.200 | 0 | 400 / 410 |
                """, TargetTable.rounds(a));
    }

    @Test
    void theWarmupTableGivesEachTenSecondsAsAShareOfSteady() {
        TargetsResult.ConfigurationResult a = configuration("A", figures(5, 45, 0.2, 4, 0, 410.0));

        assertEquals("""
                | s after ready | req/s | of steady |
                |---|---|---|
                | 0–10 | 500 | 25 % |
                | 10–20 | 1,800 | 90 % |
                """, TargetTable.warmup(a));
    }

    private static Figures figures(double ready, Integer warmup, double ratio, double p99, long errors, Double rss) {
        return new Figures(ready, warmup, 0.85, ratio, 10_000, 2_000, 1_000, new Figures.RunLatency(0.9, p99, 40),
                errors, new Figures.Memory(300.0, rss));
    }

    private static TargetsResult.ConfigurationResult configuration(String label, Figures figures) {
        TargetsResult.Warmup warmup = new TargetsResult.Warmup(3.2, List.of(500.0, 1_800.0), 1_700.0, 45,
                FiguresTest.stretch(1_000, 0, 3, 12, 80, List.of()));
        return new TargetsResult.ConfigurationResult(label, Path.of("koprogo-platform.jar").toString(),
                List.of("-Xmx128m"), Map.of(), List.of(), 30, figures.readySeconds(), warmup,
                List.of(FiguresTest.round(1, 10_000, 2_000, 0, List.of(390.0, 400.0, 410.0))),
                new TargetsResult.Open(1_000, 64, FiguresTest.stretch(1_000, 0, 0.9, 4, 40, List.of())), figures);
    }
}
