package org.koprogo.load.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(100, 2_000, 10_000);

    @Test
    void retriesWhatMayNotHaveBeenDoneAndNothingElse() {
        for (int status : List.of(0, 409, 502, 503, 504)) {
            assertTrue(policy.retryable(status), "status " + status);
        }
        for (int status : List.of(200, 201, 400, 401, 404, 422, 500)) {
            assertFalse(policy.retryable(status), "status " + status);
        }
    }

    @Test
    void doublesItsBackoffWithoutRetryAfterUpToTheLongestWait() {
        assertEquals(100, policy.waitMillis(1, -1, 0));
        assertEquals(200, policy.waitMillis(2, -1, 0));
        assertEquals(400, policy.waitMillis(3, -1, 0));
        assertEquals(2_000, policy.waitMillis(6, -1, 0));
        assertEquals(2_000, policy.waitMillis(60, -1, 0), "no overflow after many attempts");
    }

    @Test
    void honoursRetryAfterWithinTheLongestWait() {
        assertEquals(1_000, policy.waitMillis(1, 1, 0));
        assertEquals(0, policy.waitMillis(4, 0, 0), "Retry-After: 0 means at once");
        assertEquals(2_000, policy.waitMillis(1, 120, 0), "a server's hint is bounded");
    }

    @Test
    void givesUpWhenTheWaitWouldEndPastTheDeadline() {
        assertEquals(1_000, policy.waitMillis(1, 1, 9_000));
        assertEquals(RetryPolicy.GIVE_UP, policy.waitMillis(1, 1, 9_001));
        assertEquals(RetryPolicy.GIVE_UP, policy.waitMillis(1, -1, 10_000));
    }

    @Test
    void refusesAPolicyThatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, 100, 1_000));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(200, 100, 1_000));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(100, 100, 0));
        assertEquals(30_000, RetryPolicy.withDeadline(30_000).deadlineMillis());
    }
}
