package org.koprogo.auth.login.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.koprogo.auth.login.control.AttemptCount.Verdict;

class AttemptCountTest {

    /** Limit 5; in flight includes the attempt that just entered. */
    @ParameterizedTest(name = "{0} failures, {1} in flight: {2}")
    @CsvSource({"0, 1, ADMITTED", "4, 1, ADMITTED", "0, 5, ADMITTED", "2, 3, ADMITTED",
            "0, 6, BUSY", "4, 2, BUSY", "3, 10, BUSY",
            "5, 1, BLOCKED", "7, 1, BLOCKED", "5, 6, BLOCKED"})
    void failuresAndAttemptsInFlightShareTheLimit(int failures, int inFlight, Verdict expected) {
        assertEquals(expected, new AttemptCount("account:x", failures, inFlight, 60).verdict(5));
    }
}
