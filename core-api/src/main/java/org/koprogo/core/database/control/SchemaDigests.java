package org.koprogo.core.database.control;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The schema_digests table (core changelog): which changelog digests the database was migrated to, with the number
 * of changesets Liquibase had recorded then. A changeset applied or removed by anyone else (the Liquibase command
 * line, another version of the platform) changes that number, so the digest no longer vouches for the schema.
 */
final class SchemaDigests {

    private SchemaDigests() {
    }

    /** True when the database was migrated to this digest and no changeset came or went since. */
    static boolean current(Connection connection, String digest) throws SQLException {
        try (var statement = connection.createStatement();
             var tables = statement.executeQuery("select to_regclass('schema_digests') is not null"
                     + " and to_regclass('databasechangelog') is not null")) {
            tables.next();
            if (!tables.getBoolean(1)) {
                return false;
            }
        }
        try (var statement = connection.prepareStatement("select changesets = (select count(*) from databasechangelog)"
                + " from schema_digests where digest = ?")) {
            statement.setString(1, digest);
            try (var row = statement.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    static void record(Connection connection, String digest) throws SQLException {
        try (var statement = connection.prepareStatement("insert into schema_digests (digest, changesets)"
                + " values (?, (select count(*) from databasechangelog)) on conflict (digest) do update"
                + " set changesets = excluded.changesets, recorded_at = now()")) {
            statement.setString(1, digest);
            statement.executeUpdate();
        }
    }
}
