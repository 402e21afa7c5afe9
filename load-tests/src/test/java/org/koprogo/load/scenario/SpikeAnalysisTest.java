package org.koprogo.load.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.koprogo.load.result.RunResult;

class SpikeAnalysisTest {

    @Test
    void recoveryStartsAtTheFirstOfFiveGoodSecondsInARow() {
        // Spike ends at 10; limit 15 ms. Second 12 is good but 13 is not; 14..18 are good.
        List<RunResult.Second> timeline = timeline(
                5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
                90, 40, 12, 30, 14, 10, 9, 15, 8, 50);

        assertEquals(4, SpikeAnalysis.recoverySeconds(timeline, 10, 15, 5));
    }

    @Test
    void secondsWithoutRequestsAreNotRecovered() {
        List<RunResult.Second> timeline = new ArrayList<>(timeline(5, 5, 5, 5, 5, 5));
        timeline.set(1, new RunResult.Second(1, 10, 0, 0, 0, 0, 0, 0));

        assertEquals(2, SpikeAnalysis.recoverySeconds(timeline, 0, 10, 2));
    }

    @Test
    void neverRecoveredIsNull() {
        assertNull(SpikeAnalysis.recoverySeconds(timeline(5, 50, 5, 5, 5, 5), 1, 10, 5));
    }

    private static List<RunResult.Second> timeline(double... p99s) {
        List<RunResult.Second> timeline = new ArrayList<>();
        for (int t = 0; t < p99s.length; t++) {
            timeline.add(new RunResult.Second(t, 10, 100, 0, 1, 2, p99s[t], p99s[t]));
        }
        return timeline;
    }
}
