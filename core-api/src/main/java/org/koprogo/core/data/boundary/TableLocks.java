package org.koprogo.core.data.boundary;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

/**
 * Every table locked against writes (reads go on) before organizations are removed. Removal, with its cascades and
 * triggers, locks rows of most tables in an order no API write follows; a write holding a building's row while it
 * waits for a row count the removal holds, while the removal waits for that building, is a deadlock. Holding every
 * table first, the removal never waits for a write, so a write waits for it but never the other way round.
 */
public final class TableLocks {

    /**
     * How long one attempt waits for the table locks, holding those it already took: below PostgreSQL's
     * deadlock_timeout (1 s), so a write waiting for the removal meanwhile is never taken for a deadlock.
     */
    private static final String LOCK_WAIT = "200ms";

    /** Attempts before giving up: a minute of writes that never pause. */
    private static final int LOCK_ATTEMPTS = 300;

    /** The SQLSTATE of a lock not granted within lock_timeout. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private TableLocks() {
    }

    /**
     * Locks every table of the schema (Liquibase's aside), whichever module made it, until the caller's transaction
     * ends: a table a module adds later, cascade or trigger included, cannot be forgotten. An attempt that does not
     * get every lock soon lets go of those it took (back to its savepoint) and queues again; after the last,
     * PostgreSQL's refusal goes to the client as a 503 with Retry-After (core-api's DatabaseRefusal).
     */
    public static void lockEveryTable(Connection connection) throws SQLException {
        String tables;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select string_agg(format('%I', tablename), ', '"
                     + " order by tablename) from pg_tables"
                     + " where schemaname = current_schema() and tablename not like 'databasechangelog%'")) {
            row.next();
            tables = row.getString(1);
        }
        for (int attempt = 1; ; attempt++) {
            Savepoint before = connection.setSavepoint();
            try (Statement lock = connection.createStatement()) {
                lock.execute("set local lock_timeout = '" + LOCK_WAIT + "'");
                lock.execute("lock table " + tables + " in exclusive mode");
                lock.execute("set local lock_timeout to default");
                connection.releaseSavepoint(before);
                return;
            } catch (SQLException e) {
                connection.rollback(before);
                if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState()) || attempt == LOCK_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
