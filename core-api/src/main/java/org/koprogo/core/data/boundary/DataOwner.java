package org.koprogo.core.data.boundary;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * A module's hold on its own tables for whole organizations: writing the rows of a {@link DataSet} of the kinds it
 * owns, and removing everything organizations have in its tables, private ones included. Each module implements
 * it for its tables only, next to its changelog, so that a new column or table is handled where it is made;
 * {@link PlatformData} calls every enabled module's implementation, in dependency order, so that no module (the
 * seed, an erasure) names another's tables.
 * <p>
 * Plain JDBC on the caller's connection, in its transaction: a world of hundreds of thousands of rows does not fit
 * a persistence context, and one transaction makes a seeding or a removal all or nothing. {@link TableRows} does
 * the batching.
 */
public interface DataOwner {

    /**
     * The name of the {@code PlatformModule} whose tables these are: it places the calls in dependency order, and a
     * disabled module's tables (never created, perhaps) are left alone.
     */
    String module();

    /** Inserts the set's rows of this module's kinds, ignoring the others: rows written by table, parents first. */
    Map<String, Long> write(DataSet data, Connection connection) throws SQLException;

    /**
     * Deletes every row these organizations have in this module's tables, children first: rows deleted by table.
     * The modules that require this one have removed theirs already.
     */
    Map<String, Long> remove(Collection<UUID> organizations, Connection connection) throws SQLException;
}
