package org.koprogo.deploy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A PostgreSQL server the test owns, handed to the platform as an operator's external database. */
final class ExternalDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    ExternalDatabase() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    Map<String, String> environment() {
        return Map.of("KOPROGO_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "KOPROGO_DB_USER", "postgres",
                "KOPROGO_DB_PASSWORD", "postgres");
    }

    /** The environment of an instance on this database whose superadmin is {@code admin} (password Api.PASSWORD). */
    Map<String, String> environmentWithAdmin(String admin) {
        Map<String, String> environment = new HashMap<>(environment());
        environment.put("KOPROGO_ADMIN_EMAIL", admin);
        environment.put("KOPROGO_ADMIN_PASSWORD", Api.PASSWORD);
        return environment;
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    boolean tableExists(String table) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.prepareStatement("select to_regclass(?) is not null")) {
            statement.setString(1, "public." + table);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    /** The single number a query answers. */
    long count(String sql) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
