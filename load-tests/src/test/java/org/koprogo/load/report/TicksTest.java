package org.koprogo.load.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TicksTest {

    @Test
    void linearTicksAreOneTwoOrFiveTimesAPowerOfTenAndEncloseTheData() {
        assertEquals(List.of(0.0, 20.0, 40.0, 60.0, 80.0, 100.0), Ticks.linear(0, 87, 5).values());
        assertEquals(List.of(0.0, 500.0, 1000.0, 1500.0, 2000.0), Ticks.linear(0, 1830, 5).values());
        assertEquals(List.of(0.0, 0.1, 0.2, 0.3, 0.4), Ticks.linear(0, 0.33, 4).values());
        Ticks seconds = Ticks.linear(0, 90, 12);
        assertEquals(10.0, seconds.values().get(1));
        assertEquals(90.0, seconds.hi());
    }

    @Test
    void anEmptyRangeStillGetsAnAxis() {
        Ticks ticks = Ticks.linear(0, 0, 5);
        assertEquals(0.0, ticks.lo());
        assertEquals(1.0, ticks.hi());
    }

    @Test
    void logarithmicTicksAddTwoAndFiveOnShortRangesOnly() {
        assertEquals(List.of(1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0),
                Ticks.logarithmic(1.2, 850).values());
        assertEquals(List.of(0.1, 1.0, 10.0, 100.0, 1000.0, 10000.0), Ticks.logarithmic(0.5, 9000).values());
        assertEquals(List.of(10.0, 20.0, 50.0, 100.0), Ticks.logarithmic(10, 10).values());
    }

    @Test
    void niceSteps() {
        assertEquals(1.0, Ticks.niceStep(0.7));
        assertEquals(2.0, Ticks.niceStep(1.3));
        assertEquals(50.0, Ticks.niceStep(31));
        assertEquals(1000.0, Ticks.niceStep(501));
    }

    @Test
    void labelsAreCompact() {
        assertEquals("1.5k", Format.compact(1500));
        assertEquals("2M", Format.compact(2_000_000));
        assertEquals("0.25", Format.compact(0.25));
        assertEquals("100", Format.compact(100));
    }
}
