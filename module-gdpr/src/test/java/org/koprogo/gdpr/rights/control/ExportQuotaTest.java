package org.koprogo.gdpr.rights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ExportQuotaTest {

    @Test
    void fewerExportsThanTheLimitInTheHourWaitForNothing() {
        assertEquals(Optional.empty(), ExportQuota.retryAfter(List.of(), 5));
        assertEquals(Optional.empty(), ExportQuota.retryAfter(List.of(10.0, 200.0, 3000.0, 3599.0), 5));
    }

    @Test
    void atTheLimitTheWaitLastsUntilTheLimitthMostRecentLeavesTheHour() {
        // exports 10 s, 200 s and 1000 s ago: with a limit of 3, the one 1000 s old leaves the window in 2600 s
        assertEquals(Optional.of(2600L), ExportQuota.retryAfter(List.of(10.0, 200.0, 1000.0), 3));
        // with a limit of 2, the one 200 s old must leave first
        assertEquals(Optional.of(3400L), ExportQuota.retryAfter(List.of(10.0, 200.0, 1000.0), 2));
    }

    @Test
    void theWaitIsWholeSecondsRoundedUpAndAtLeastOne() {
        assertEquals(Optional.of(3591L), ExportQuota.retryAfter(List.of(9.5), 1));
        assertEquals(Optional.of(1L), ExportQuota.retryAfter(List.of(3599.9), 1));
        assertEquals(Optional.of(1L), ExportQuota.retryAfter(List.of(3600.0), 1));
    }
}
