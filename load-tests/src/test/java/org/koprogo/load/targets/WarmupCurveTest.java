package org.koprogo.load.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class WarmupCurveTest {

    @Test
    void reachesEightyPercentAtTheEndOfTheFirstTenSecondWindowAtOrAboveIt() {
        // 5 s of set-up (nothing), then 500 req/s, then 800 from second 30 on; steady 1,000.
        List<Long> curve = seconds(5, 0L);
        curve.addAll(seconds(25, 500L));
        curve.addAll(seconds(60, 800L));
        WarmupCurve warmup = new WarmupCurve(curve, 1000);

        assertEquals(40, warmup.secondsToShareOfSteady(), "the window [30, 40) is the first all at 800");
        assertEquals(800, warmup.lastWindowWithin());
    }

    @Test
    void aWindowStraddlingTheRiseCountsItsMean() {
        List<Long> curve = seconds(10, 600L);
        curve.addAll(seconds(10, 1000L));
        WarmupCurve warmup = new WarmupCurve(curve, 1000);

        // [5, 15): 5 x 600 + 5 x 1000 = 800 req/s on average, exactly 80 %
        assertEquals(15, warmup.secondsToShareOfSteady());
        assertNull(warmup.lastWindowWithin(), "20 s of curve hold no window ending at 60 s");
    }

    @Test
    void neverReachedIsNull() {
        assertNull(new WarmupCurve(seconds(120, 799L), 1000).secondsToShareOfSteady());
    }

    @Test
    void tenSecondWindowsAreAlignedOnReadyAndLeaveOutAPartialLastOne() {
        List<Long> curve = seconds(10, 100L);
        curve.addAll(seconds(10, 300L));
        curve.addAll(seconds(5, 1000L));

        assertEquals(List.of(100.0, 300.0), new WarmupCurve(curve, 1000).perTenSeconds());
    }

    private static List<Long> seconds(int count, long requests) {
        return new ArrayList<>(Collections.nCopies(count, requests));
    }
}
