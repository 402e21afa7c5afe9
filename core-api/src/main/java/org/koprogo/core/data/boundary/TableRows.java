package org.koprogo.core.data.boundary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The JDBC of a {@link DataOwner}: inserts in batches and deletes by organization, counting rows by table. One
 * per call of {@code write} or {@code remove}.
 */
public final class TableRows {

    /** Sets a row's values as the statement's parameters, in the order of the table's columns. */
    @FunctionalInterface
    public interface Binder<R> {
        void bind(R row, PreparedStatement statement) throws SQLException;
    }

    private final Connection connection;
    private final Map<String, Long> counts = new LinkedHashMap<>();

    public TableRows(Connection connection) {
        this.connection = connection;
    }

    /**
     * Inserts the rows in one JDBC batch, which the driver sends as multi-row inserts (the data source sets
     * {@code reWriteBatchedInserts}); a table without rows is left out of the counts.
     */
    public <R> TableRows insert(String table, List<String> columns, List<R> rows, Binder<R> binder)
            throws SQLException {
        if (rows.isEmpty()) {
            return this;
        }
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (R row : rows) {
                binder.bind(row, insert);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        counts.merge(table, (long) rows.size(), Long::sum);
        return this;
    }

    /** Deletes the table's rows whose {@code organizationColumn} is one of the organizations. */
    public TableRows delete(String table, String organizationColumn, Collection<UUID> organizations)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where "
                + organizationColumn + " = any (?)")) {
            delete.setArray(1, connection.createArrayOf("uuid", organizations.toArray()));
            counts.merge(table, (long) delete.executeUpdate(), Long::sum);
        }
        return this;
    }

    /** Rows by table, in the order the tables were written. */
    public Map<String, Long> counts() {
        return Collections.unmodifiableMap(counts);
    }
}
