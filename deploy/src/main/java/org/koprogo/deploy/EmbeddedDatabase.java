package org.koprogo.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;

/**
 * A real PostgreSQL server run from the binaries packed in the uberjar, its data kept in the data dir
 * across restarts (initdb runs only on an empty directory). Every connection, TCP or Unix socket, proves the
 * superuser's password (SCRAM): it is generated once and kept in a file only the platform's user reads.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String USER = "postgres";

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

    /** How every line of pg_hba.conf authenticates; initdb writes it, an older data dir is upgraded to it. */
    private static final String AUTHENTICATION = "scram-sha-256";

    /** An active pg_hba.conf line letting anyone in: the layout of data dirs made before passwords. */
    private static final Pattern TRUST = Pattern.compile("(?m)^(\\s*[^#\\s].*\\s)trust(\\s*)$");

    private final EmbeddedPostgres postgres;
    private final Path passwordFile;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path passwordFile) {
        this.postgres = postgres;
        this.passwordFile = passwordFile;
    }

    /** @param passwordFile where the superuser's password is kept (outside dataDir: initdb wants it empty) */
    static EmbeddedDatabase start(Path dataDir, Path passwordFile, int port) throws IOException {
        Files.createDirectories(dataDir);
        stopOrphan(dataDir);
        Path hba = dataDir.resolve("pg_hba.conf");
        boolean trusting = Files.isRegularFile(hba) && TRUST.matcher(Files.readString(hba)).find();
        if (Files.isRegularFile(hba) && !trusting && !Files.isRegularFile(passwordFile)) {
            throw new IllegalStateException("the embedded PostgreSQL in " + dataDir + " wants the password kept in "
                    + passwordFile + ", which is gone; restore it, or remove " + dataDir + " to start afresh");
        }
        String password = password(passwordFile);
        Path log = logFile(dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port == 0 ? freePort() : port)
                // initdb options, which come after the library's own "-A trust" and so replace it
                .setLocaleConfig("auth-local", AUTHENTICATION)
                .setLocaleConfig("auth-host", AUTHENTICATION)
                .setLocaleConfig("pwfile", passwordFile.toString())
                // the library's readiness check and getPostgresDatabase() connect with it
                .setConnectConfig("password", password)
                // the library's defaults (-F, synchronous_commit=off) favour test speed; a platform must not lose
                // committed writes to a crash, so both are turned back on (-c options come after -F)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                // the server's own log (start-up, checkpoints, errors): without these the library read it into
                // SLF4J, which had no binding and dropped it
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, passwordFile);
        if (trusting) {
            database.requirePassword(hba, password);
        }
        return database;
    }

    /** Where the server's log is appended: beside its data directory, which initdb wants empty. */
    private static Path logFile(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".log");
    }

    /** The password kept in the file, generated (readable by its owner only) on the first start. */
    private static String password(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            Path written = Files.createTempFile(file.getParent(), ".postgres-password", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(written, HexFormat.of().formatHex(random) + "\n");
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
        }
        return Files.readString(file).strip();
    }

    /**
     * Upgrades a data dir whose pg_hba.conf trusts everyone (made before passwords): sets the superuser's
     * password, then makes every line ask for it. The password goes as a SCRAM verifier computed here, so no
     * statement log or pg_stat_statements ever holds it in clear.
     */
    private void requirePassword(Path hba, String password) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            connection.unwrap(PGConnection.class).alterUserPassword(USER, password.toCharArray(), AUTHENTICATION);
            Files.writeString(hba, TRUST.matcher(Files.readString(hba)).replaceAll("$1" + AUTHENTICATION + "$2"));
            try (var reload = connection.createStatement()) {
                reload.execute("select pg_reload_conf()");
            }
        } catch (SQLException e) {
            throw new IOException("could not set the password of the embedded PostgreSQL: " + e.getMessage(), e);
        }
        LOG.warning(() -> "The embedded PostgreSQL trusted every local connection; it now asks for the password"
                + " kept in " + passwordFile);
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

    Path passwordFile() {
        return passwordFile;
    }

    String password() throws IOException {
        return Files.readString(passwordFile).strip();
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
