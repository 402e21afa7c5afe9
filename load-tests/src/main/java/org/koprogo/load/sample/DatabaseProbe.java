package org.koprogo.load.sample;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.koprogo.load.result.RunResult;

/**
 * One JDBC connection to the server's PostgreSQL, for its connection counts, {@code pg_stat_statements} and the
 * rows a fault run's writes left. Methods are synchronized: the sampler thread and the run share the connection,
 * which is opened again when PostgreSQL was restarted under it.
 */
public final class DatabaseProbe implements AutoCloseable {

    private static final int TIMEOUT_SECONDS = 5;

    public record Connections(int active, int idle, int total) {
    }

    private final String url;
    private final String user;
    private final String password;
    private Connection connection;

    private DatabaseProbe(String url, String user, String password) throws SQLException {
        this.url = url;
        this.user = user;
        this.password = password;
        this.connection = open();
    }

    public static DatabaseProbe connect(String url, String user, String password) throws SQLException {
        return new DatabaseProbe(url, user, password);
    }

    private Connection open() throws SQLException {
        DriverManager.setLoginTimeout(TIMEOUT_SECONDS);
        Connection fresh = DriverManager.getConnection(url, user, password);
        fresh.setAutoCommit(true);
        return fresh;
    }

    /** Client backends by state, this probe's own connection left out. */
    public synchronized Connections connections() throws SQLException {
        int active = 0;
        int idle = 0;
        int total = 0;
        try (Statement statement = statement();
             ResultSet rows = statement.executeQuery("select state, count(*) from pg_stat_activity "
                     + "where backend_type = 'client backend' and pid <> pg_backend_pid() group by state")) {
            while (rows.next()) {
                int count = rows.getInt(2);
                String state = rows.getString(1);
                if ("active".equals(state)) {
                    active += count;
                } else if ("idle".equals(state)) {
                    idle += count;
                }
                total += count;
            }
        }
        return new Connections(active, idle, total);
    }

    /** The server process of this connection, a child of the postmaster. */
    public synchronized long backendPid() throws SQLException {
        try (Statement statement = statement();
             ResultSet row = statement.executeQuery("select pg_backend_pid()")) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * Starts statement statistics afresh. Fails when the extension is not installed or not in
     * shared_preload_libraries; the message says which.
     */
    public synchronized void resetStatements() throws SQLException {
        try (Statement statement = statement()) {
            statement.execute("create extension if not exists pg_stat_statements");
            statement.execute("select pg_stat_statements_reset()");
        }
    }

    /** The statements that took the most time since the reset, the probe's own left out. */
    public synchronized List<RunResult.QueryStat> topStatements(int limit) throws SQLException {
        List<RunResult.QueryStat> top = new ArrayList<>();
        try (Statement statement = statement();
             ResultSet rows = statement.executeQuery("select query, calls, total_exec_time, mean_exec_time, "
                     + "max_exec_time, rows from pg_stat_statements where query not like '%pg_stat_%' "
                     + "order by total_exec_time desc limit " + limit)) {
            while (rows.next()) {
                top.add(new RunResult.QueryStat(rows.getString(1), rows.getLong(2), rows.getDouble(3),
                        rows.getDouble(4), rows.getDouble(5), rows.getLong(6)));
            }
        }
        return top;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing is best effort: the run's results do not depend on it.
        }
    }

    /**
     * Rows of {@code table} by the text of {@code column}, for the given values (a value with no row is absent).
     * Table and column come from the kit's code, never from input.
     */
    public synchronized Map<String, Long> rowCounts(String table, String column, Collection<String> values)
            throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (PreparedStatement query = usable().prepareStatement("select " + column + "::text, count(*) from "
                + table + " where " + column + "::text = any(?) group by " + column)) {
            query.setQueryTimeout(TIMEOUT_SECONDS * 12);
            query.setArray(1, connection.createArrayOf("text", values.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    /** The connection, opened again when the server dropped it (a restart). */
    private Connection usable() throws SQLException {
        if (!connection.isValid(1)) {
            connection.close();
            connection = open();
        }
        return connection;
    }

    private Statement statement() throws SQLException {
        Statement statement = usable().createStatement();
        statement.setQueryTimeout(TIMEOUT_SECONDS);
        return statement;
    }
}
