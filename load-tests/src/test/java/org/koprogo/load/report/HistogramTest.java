package org.koprogo.load.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.koprogo.load.result.RunResult.Bucket;

class HistogramTest {

    private static final Histogram HISTOGRAM = Histogram.of(List.of(new Bucket("+Inf", 100), new Bucket("1", 0),
            new Bucket("2", 0), new Bucket("5", 30), new Bucket("10", 90), new Bucket("100", 100),
            new Bucket("1000", 100)));

    @Test
    void countsPerBucketFromCumulativeCountsInBoundOrder() {
        assertEquals(List.of(0L, 0L, 30L, 60L, 10L, 0L, 0L),
                HISTOGRAM.bins().stream().map(Histogram.Bin::count).toList());
        assertEquals("+Inf", HISTOGRAM.bins().get(6).label());
        assertEquals(5.0, HISTOGRAM.bins().get(3).lowerMs());
    }

    @Test
    void keepsOneEmptyBucketAroundTheData() {
        assertEquals(List.of("2", "5", "10", "100", "1k"),
                HISTOGRAM.trimmed().bins().stream().map(Histogram.Bin::label).toList());
    }

    @Test
    void placesAPercentileWithinItsBucket() {
        assertEquals(3.5, HISTOGRAM.position(7.5), 1e-9);
        assertEquals(2.0, HISTOGRAM.position(2), 1e-9);
        assertEquals(6.0, HISTOGRAM.position(5000), 1e-9);
    }

    @Test
    void aCounterResetDoesNotMakeNegativeBars() {
        Histogram reset = Histogram.of(List.of(new Bucket("1", 50), new Bucket("2", 20), new Bucket("+Inf", 60)));
        assertEquals(List.of(50L, 0L, 10L), reset.bins().stream().map(Histogram.Bin::count).toList());
    }
}
