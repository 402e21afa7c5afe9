package org.koprogo.seed.world.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.koprogo.core.data.boundary.DataSet;
import org.koprogo.core.data.boundary.PlatformData;

/**
 * Writes a world as it comes, through every module's own writer ({@link PlatformData}), {@value #BATCH} rows at a
 * time: a scaled world is never held in memory, and each module sends its share of a set as one JDBC batch per
 * table. A world emits a row after the rows it refers to, so they are in its set or an earlier one. Not
 * thread-safe: one per seeding.
 */
final class WorldWriter implements Consumer<DataSet.Row>, AutoCloseable {

    static final int BATCH = 2_000;

    private final PlatformData data;
    private final Connection connection;
    private final List<DataSet.Row> pending = new ArrayList<>(BATCH);
    private final Map<String, Long> written = new LinkedHashMap<>();

    WorldWriter(PlatformData data, Connection connection) {
        this.data = data;
        this.connection = connection;
    }

    @Override
    public void accept(DataSet.Row row) {
        pending.add(row);
        if (pending.size() >= BATCH) {
            try {
                flush();
            } catch (SQLException e) {
                throw new SeedWriteException(e);
            }
        }
    }

    private void flush() throws SQLException {
        if (!pending.isEmpty()) {
            data.write(DataSet.of(pending), connection).forEach((table, rows) -> written.merge(table, rows, Long::sum));
            pending.clear();
        }
    }

    /** Rows written by table, as the modules name them. */
    Map<String, Long> written() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(written));
    }

    @Override
    public void close() throws SQLException {
        flush();
    }
}
