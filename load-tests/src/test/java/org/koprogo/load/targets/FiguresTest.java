package org.koprogo.load.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.koprogo.load.result.RunResult;

class FiguresTest {

    @Test
    void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertEquals(0.179, Figures.median(List.of(0.202, 0.175, 0.179)));
        assertEquals(0.19, Figures.median(List.of(0.2, 0.1, 0.18, 0.3)), 1e-12);
        assertEquals(0, Figures.median(List.of()));
    }

    @Test
    void takesTheMedianRatioOfTheRoundsAndCountsTheirErrorsAndTheOpenModelsAndTheRealisticRss() {
        List<TargetsResult.Round> rounds = List.of(
                round(1, 10_000, 2_000, 0, List.of(390.0, 410.0)),
                round(2, 12_000, 1_800, 1, List.of(395.0)),
                round(3, 8_000, 2_400, 0, List.of(400.0)));
        TargetsResult.Open open = new TargetsResult.Open(1_000, 64, stretch(1_000, 2, 0.9, 4.2, 30.0, List.of(405.0)));
        WarmupCurve curve = new WarmupCurve(Collections.nCopies(60, 1_600L), 2_000);

        Figures figures = Figures.of(5.5, curve, rounds, open);

        assertEquals(0.2, figures.medianRatio(), 1e-12, "ratios 0.2, 0.15, 0.3");
        assertEquals(10_000, figures.medianHealthPerSecond());
        assertEquals(2_000, figures.medianRealisticPerSecond());
        assertEquals(3, figures.errors(), "1 in round 2 and 2 in the open model");
        assertEquals(new Figures.Memory(400.0, 410.0), figures.rssMb(), "realistic halves and open model only");
        assertEquals(new Figures.RunLatency(0.9, 4.2, 30.0), figures.open());
        assertEquals(10, figures.warmupSecondsToShare());
        assertEquals(0.8, figures.warmupShareAtMinute(), 1e-12);
    }

    @Test
    void noSampleGivesNoMemoryFigure() {
        assertNull(Figures.Memory.of(List.of()).max());
    }

    static TargetsResult.Round round(int number, double health, double realistic, long errors, List<Double> rss) {
        return new TargetsResult.Round(number, stretch(health, 0, 0.3, 1, 5, List.of(100.0)),
                stretch(realistic, errors, 3, 12, 80, rss), realistic / health);
    }

    static Stretch stretch(double throughput, long errors, double p50, double p99, double max, List<Double> rss) {
        RunResult.Latency latency = new RunResult.Latency(p50, p50, p50, p99, p99, p99, max, max);
        RunResult.Summary summary = new RunResult.Summary((long) throughput * 20, errors, 0, throughput, latency,
                Map.of());
        List<RunResult.Sample> samples = rss.stream()
                .map(mb -> new RunResult.Sample(0, 100.0, mb, null, null, null, null, null, null, null)).toList();
        return new Stretch(summary, List.of(), samples, 0);
    }
}
