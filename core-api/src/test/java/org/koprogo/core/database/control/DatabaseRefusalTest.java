package org.koprogo.core.database.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;

import org.junit.jupiter.api.Test;

class DatabaseRefusalTest {

    @Test
    void sqlStatesMapByClass() {
        assertEquals(DatabaseRefusal.DATA, DatabaseRefusal.ofState("22021").orElseThrow(), "NUL in text");
        assertEquals(DatabaseRefusal.DATA, DatabaseRefusal.ofState("22001").orElseThrow(), "too long");
        assertEquals(DatabaseRefusal.DATA, DatabaseRefusal.ofState("22008").orElseThrow(), "timestamp range");
        assertEquals(DatabaseRefusal.CHECK, DatabaseRefusal.ofState("23514").orElseThrow());
        assertEquals(DatabaseRefusal.UNIQUE, DatabaseRefusal.ofState("23505").orElseThrow());
        assertEquals(DatabaseRefusal.FOREIGN_KEY, DatabaseRefusal.ofState("23503").orElseThrow());
        assertEquals(DatabaseRefusal.TRANSIENT, DatabaseRefusal.ofState("40001").orElseThrow());
        assertEquals(DatabaseRefusal.TRANSIENT, DatabaseRefusal.ofState("40P01").orElseThrow());
        assertEquals(DatabaseRefusal.LOCK_NOT_AVAILABLE, DatabaseRefusal.ofState("55P03").orElseThrow());
        assertEquals(DatabaseRefusal.UNAVAILABLE, DatabaseRefusal.ofState("08006").orElseThrow(), "connection lost");
        assertEquals(DatabaseRefusal.UNAVAILABLE, DatabaseRefusal.ofState("08001").orElseThrow(), "connection refused");
        assertEquals(DatabaseRefusal.UNAVAILABLE, DatabaseRefusal.ofState("57P01").orElseThrow(), "server stopping");
        assertEquals(DatabaseRefusal.UNAVAILABLE, DatabaseRefusal.ofState("57P03").orElseThrow(), "server starting");
        assertEquals(DatabaseRefusal.UNAVAILABLE, DatabaseRefusal.ofState("53300").orElseThrow(), "no slot left");
        assertTrue(DatabaseRefusal.ofState("42P01").isEmpty(), "a missing table is a bug");
        assertTrue(DatabaseRefusal.ofState(null).isEmpty());
    }

    @Test
    void statusesAreClientErrorsOrRetryableUnavailability() {
        assertEquals(400, DatabaseRefusal.DATA.status());
        assertEquals(409, DatabaseRefusal.CHECK.status());
        assertEquals(503, DatabaseRefusal.TRANSIENT.status());
        assertEquals(503, DatabaseRefusal.LOCK_NOT_AVAILABLE.status());
        assertEquals(503, DatabaseRefusal.UNAVAILABLE.status());
        assertEquals(503, DatabaseRefusal.POOL_EXHAUSTED.status());
    }

    @Test
    void thePoolsOwnRefusalIsAFullPoolUnlessTheDriverSaysWhy() {
        SQLException waitedTooLong = new SQLException("Error in allocating a connection",
                new ResourceAllocationException("In-use connections equal max-pool-size"));
        assertEquals(DatabaseRefusal.POOL_EXHAUSTED, DatabaseRefusal.in(new PersistenceException(waitedTooLong))
                .orElseThrow());
        SQLException refused = new SQLException("Error in allocating a connection",
                new ResourceAllocationException(new SQLException("Connection refused", "08001")));
        assertEquals(DatabaseRefusal.UNAVAILABLE, DatabaseRefusal.in(new PersistenceException(refused)).orElseThrow());
    }

    @Test
    void theRefusalIsFoundUnderWhatJpaWrapsAroundIt() {
        RuntimeException wrapped = new RuntimeException(new PersistenceException(
                new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021")));
        assertEquals(DatabaseRefusal.DATA, DatabaseRefusal.in(wrapped).orElseThrow());
        assertTrue(DatabaseRefusal.in(new IllegalStateException("no SQL")).isEmpty());
    }

    @Test
    void aTransientFailureIsRunOnceMore() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        String result = TransientFailureRetry.onceMore(() -> {
            if (runs.incrementAndGet() == 1) {
                throw failure("40P01");
            }
            return "done";
        });
        assertEquals("done", result);
        assertEquals(2, runs.get());
    }

    @Test
    void aSecondTransientFailureIsNotRetriedAgain() {
        AtomicInteger runs = new AtomicInteger();
        PersistenceException last = assertThrows(PersistenceException.class, () -> TransientFailureRetry.onceMore(() -> {
            runs.incrementAndGet();
            throw failure("40001");
        }));
        assertEquals(2, runs.get());
        assertEquals(DatabaseRefusal.TRANSIENT, DatabaseRefusal.in(last).orElseThrow());
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger runs = new AtomicInteger();
        assertThrows(PersistenceException.class, () -> TransientFailureRetry.onceMore(() -> {
            runs.incrementAndGet();
            throw failure("23505");
        }));
        assertEquals(1, runs.get());
    }

    private static PersistenceException failure(String sqlState) {
        return new PersistenceException(new SQLException("refused", sqlState));
    }
}
