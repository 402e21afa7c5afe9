package org.koprogo.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A PostgreSQL server the test owns, handed to the platform as an operator's external database. */
final class ExternalDatabase implements AutoCloseable {

    private final EmbeddedPostgres.Builder server;
    private EmbeddedPostgres postgres;

    ExternalDatabase() throws IOException {
        server = null;
        postgres = EmbeddedPostgres.builder().start();
    }

    /** A server whose data stays in {@code dataDir}, so that it can be stopped and started again (a restart). */
    ExternalDatabase(Path dataDir) throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            server = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                    .setPort(socket.getLocalPort());
        }
        postgres = server.start();
    }

    /** pg_ctl stop -m fast: every session is ended, the port closes. */
    void stop() throws IOException {
        postgres.close();
    }

    /** The same server again, on the same port and data. */
    void start() throws IOException {
        postgres = server.start();
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

    /**
     * Waits until {@code count} of the platform's connections are inside a transaction waiting for the request
     * (a slow upload between two chunks of its file), so a test acts while they hold their connections.
     */
    void awaitTransactionsWaitingForClients(int count) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (count("select count(*) from pg_stat_activity where application_name like 'koprogo@%'"
                + " and state = 'idle in transaction'") < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no " + count + " transactions of the platform open within 30 s");
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
