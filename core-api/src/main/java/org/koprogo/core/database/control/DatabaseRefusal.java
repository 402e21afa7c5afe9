package org.koprogo.core.database.control;

import java.sql.SQLException;
import java.util.Optional;

import jakarta.resource.ResourceException;

import org.koprogo.core.failure.control.Causes;

/**
 * What PostgreSQL's refusal of a statement means for the client, by SQLSTATE: the one place that decides it.
 * Boundaries check input first; this is the safety net for what they missed, so that client input never
 * becomes a 500.
 */
public enum DatabaseRefusal {

    /** Class 22: a value the column cannot hold (too long, NUL, out of range). */
    DATA(400, "The request holds a value the database cannot store"),
    /** 23514: a rule of the stored data, such as a state the row may not reach. */
    CHECK(409, "The request conflicts with a rule of the stored data"),
    UNIQUE(409, "The request conflicts with an existing resource"),
    /** e.g. a delete racing a new reference to the same row */
    FOREIGN_KEY(409, "The request conflicts with resources that refer to this one"),
    /** 40001, 40P01: another transaction won; running again can succeed (see TransientFailureRetry). */
    TRANSIENT(503, "The database was busy with conflicting requests; try again shortly"),
    /** 55P03: a lock not granted within the lock_timeout its statement set (e.g. removing seed data). */
    LOCK_NOT_AVAILABLE(503, "The data is locked by other requests; try again shortly"),
    /**
     * Class 08 (no connection, or it was lost), 57P01-57P03 (the server is shutting down or starting) and 53300
     * (no connection slot left): the database cannot serve now; nothing of the request was committed.
     */
    UNAVAILABLE(503, "The database is unavailable; try again shortly"),
    /** The pool had no free connection within its wait (KOPROGO_DB_POOL_WAIT_MILLIS). */
    POOL_EXHAUSTED(503, "Every database connection is busy; try again shortly");

    private final int status;
    private final String detail;

    DatabaseRefusal(int status, String detail) {
        this.status = status;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    /**
     * The refusal somewhere in the layers JPA and JTA wrapped around it, if the failure is one. The pool's own
     * refusal (a connector ResourceException) carries the driver's SQLSTATE when it could not connect, and none
     * when it only waited too long for a free connection.
     */
    public static Optional<DatabaseRefusal> in(Throwable failure) {
        Optional<DatabaseRefusal> refusal = Causes.find(failure, SQLException.class,
                sql -> ofState(sql.getSQLState()).isPresent()).flatMap(sql -> ofState(sql.getSQLState()));
        if (refusal.isPresent()) {
            return refusal;
        }
        return Causes.find(failure, ResourceException.class, any -> true).map(pool -> POOL_EXHAUSTED);
    }

    static Optional<DatabaseRefusal> ofState(String sqlState) {
        if (sqlState == null) {
            return Optional.empty();
        }
        return switch (sqlState) {
            case "23514" -> Optional.of(CHECK);
            case "23505" -> Optional.of(UNIQUE);
            case "23503" -> Optional.of(FOREIGN_KEY);
            case "40001", "40P01" -> Optional.of(TRANSIENT);
            case "55P03" -> Optional.of(LOCK_NOT_AVAILABLE);
            case "57P01", "57P02", "57P03", "53300" -> Optional.of(UNAVAILABLE);
            default -> sqlState.startsWith("22") ? Optional.of(DATA)
                    : sqlState.startsWith("08") ? Optional.of(UNAVAILABLE) : Optional.empty();
        };
    }
}
