package org.koprogo.seed.world.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.koprogo.core.data.boundary.PlatformData;

/**
 * Removes the organizations seeds created and everything in them, through every module's own removal
 * ({@link PlatformData}); organizations created otherwise are never touched. Runs in its caller's transaction.
 * <p>
 * It locks every table against writes before erasing (reads go on). Erasing, with its cascades and triggers,
 * locks rows of most tables in an order no API write follows; a write holding a building's row while it waits
 * for a row count the erasing holds, while the erasing waits for that building, is a deadlock. Holding every
 * table first, the erasing never waits for a write, so a write waits for it but never the other way round.
 */
final class SeedEraser {

    /**
     * How long one attempt waits for the table locks, holding those it already took: below PostgreSQL's
     * deadlock_timeout (1 s), so a write waiting for the erasing meanwhile is never taken for a deadlock.
     */
    private static final String LOCK_WAIT = "200ms";

    /** Attempts before giving up: a minute of writes that never pause. */
    private static final int LOCK_ATTEMPTS = 300;

    /** The SQLSTATE of a lock not granted within lock_timeout. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private SeedEraser() {
    }

    /** {@code kinds} names the seeds whose organizations go; their seed_organizations rows go with them. */
    static RemovedSeeds erase(Connection connection, List<SeedKind> kinds, PlatformData data) throws SQLException {
        lockEveryTable(connection);
        List<UUID> organizations = new ArrayList<>();
        try (PreparedStatement seeded = connection.prepareStatement(
                "select organization_id from seed_organizations where kind = any (?)")) {
            seeded.setArray(1, connection.createArrayOf("varchar",
                    kinds.stream().map(SeedKind::wireName).toArray()));
            try (ResultSet rows = seeded.executeQuery()) {
                while (rows.next()) {
                    organizations.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return new RemovedSeeds(organizations.size(), data.remove(organizations, connection));
    }

    /**
     * Every table of the schema (Liquibase's aside), whichever module made it: a table a module adds later,
     * cascade or trigger included, cannot be forgotten. An attempt that does not get every lock soon
     * lets go of those it took (back to its savepoint) and queues again; after the last, PostgreSQL's refusal
     * goes to the client as a 503 with Retry-After (core-api's DatabaseRefusal).
     */
    private static void lockEveryTable(Connection connection) throws SQLException {
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
