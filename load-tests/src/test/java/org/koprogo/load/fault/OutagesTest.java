package org.koprogo.load.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.koprogo.load.result.RunResult;
import org.koprogo.load.traffic.Attempt;

class OutagesTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long START = 5 * SECOND;
    private static final List<RunResult.Event> DOWN_FROM_10_TO_15 = List.of(new RunResult.Event(10, "db-down"),
            new RunResult.Event(15, "db-up"));

    @Test
    void countsTheAnswersToRequestsSentWhileDownAndTheFirstSuccessAfterTheReturn() {
        List<Attempt> attempts = List.of(
                at("/api/v1/buildings", 200, false, 9.0, 9.01),
                at("/api/v1/buildings", 503, true, 10.5, 10.6),
                at("/api/v1/owners", 503, false, 11.0, 13.0),
                at("/api/v1/units", 502, false, 14.0, 14.2),
                // health answers without the database: not the service coming back
                at("/api/v1/health", 200, false, 15.1, 15.2),
                at("/api/v1/units", 200, false, 15.4, 15.75),
                at("/api/v1/units", 200, false, 15.5, 15.6));

        RunResult.Outage outage = Outages.of(attempts, DOWN_FROM_10_TO_15, START, List.of());

        assertEquals(10, outage.downAt());
        assertEquals(15, outage.upAt());
        assertEquals(Map.of("502", 1L, "503", 2L), outage.statusesWhileDown());
        assertEquals(1, outage.with503RetryAfter());
        assertEquals(2_000, outage.maxLatencyWhileDownMs(), 0.001);
        assertEquals(0.6, outage.firstSuccessAfterUpSeconds(), 0.001);
    }

    @Test
    void noReturnNoOutageAndNoSuccessNoFigure() {
        assertNull(Outages.of(List.of(), List.of(new RunResult.Event(10, "db-down")), START, List.of()));
        assertNull(Outages.of(List.of(at("/api/v1/units", 503, true, 16, 16.1)), DOWN_FROM_10_TO_15, START,
                List.of()).firstSuccessAfterUpSeconds());
    }

    @Test
    void recoversAtTheFirstOfFiveSecondsInARowWithoutAnError() {
        List<RunResult.Second> timeline = new ArrayList<>();
        for (int t = 0; t < 30; t++) {
            // Errors until second 17, one more at 19 (a stale pooled connection), none from 20 on.
            long errors = t >= 15 && t <= 17 || t == 19 ? 3 : 0;
            timeline.add(new RunResult.Second(t, 10, 50, errors, 1, 2, 3, 4));
        }

        assertEquals(4.5, Outages.recoveredAfter(15.5, timeline), 1e-9);
        assertNull(Outages.recoveredAfter(26.5, timeline), "the run ended before 5 clean seconds");
        timeline.set(22, new RunResult.Second(22, 10, 0, 0, 0, 0, 0, 0));
        assertEquals(7.5, Outages.recoveredAfter(15.5, timeline), 1e-9, "a second without answers is not clean");
    }

    /** An exchange sent and ended at these seconds of the measured phase. */
    private static Attempt at(String path, int status, boolean retryAfter, double sent, double end) {
        return new Attempt(path, status, retryAfter, START + (long) (sent * SECOND), START + (long) (end * SECOND));
    }
}
