package org.koprogo.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server run from the binaries packed in the uberjar, its data kept in the data dir
 * across restarts (initdb runs only on an empty directory).
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dataDir, int port) throws IOException {
        Files.createDirectories(dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port == 0 ? freePort() : port)
                // the library's default favours test speed; a platform must not lose committed writes
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .start();
        return new EmbeddedDatabase(postgres);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    int port() {
        return postgres.getPort();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/postgres";
    }

    String version() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var rows = connection.createStatement().executeQuery("show server_version")) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            return "(version unknown: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
