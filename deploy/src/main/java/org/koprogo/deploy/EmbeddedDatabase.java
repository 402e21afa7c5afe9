package org.koprogo.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server run from the binaries packed in the uberjar, its data kept in the data dir
 * across restarts (initdb runs only on an empty directory).
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String USER = "postgres";

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dataDir, int port) throws IOException {
        Files.createDirectories(dataDir);
        stopOrphan(dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port == 0 ? freePort() : port)
                // the library's defaults (-F, synchronous_commit=off) favour test speed; a platform must not lose
                // committed writes to a crash, so both are turned back on (-c options come after -F)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .start();
        return new EmbeddedDatabase(postgres);
    }

    /**
     * A platform killed with SIGKILL leaves its PostgreSQL running on the data dir, and the next start would
     * wait for a port that never answers. Stop such an orphan (its parent gone), never a live platform's.
     */
    private static void stopOrphan(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        } catch (NumberFormatException | IndexOutOfBoundsException unreadable) {
            return; // PostgreSQL itself handles a stale or torn pid file
        }
        Optional<ProcessHandle> postgres = ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
        if (postgres.isEmpty()) {
            return;
        }
        boolean orphan = postgres.get().parent().map(parent -> parent.pid() == 1
                || !parent.info().command().map(c -> c.endsWith("/java")).orElse(false)).orElse(true);
        if (!orphan) {
            throw new IllegalStateException(dataDir + " is in use by the PostgreSQL (pid " + pid + ") of a running"
                    + " platform (pid " + postgres.get().parent().map(ProcessHandle::pid).orElse(-1L) + ")");
        }
        LOG.warning(() -> "Stopping the PostgreSQL (pid " + pid + ") a killed platform left running on " + dataDir);
        postgres.get().destroy(); // SIGTERM: PostgreSQL's smart shutdown; its clients died with the platform
        try {
            postgres.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            postgres.get().destroyForcibly(); // crash recovery from the WAL on the next start
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IOException("could not stop PostgreSQL pid " + pid, e);
        }
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
