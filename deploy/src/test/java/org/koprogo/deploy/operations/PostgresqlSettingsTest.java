package org.koprogo.deploy.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Each of deploy/postgresql's host sizes on real servers: the embedded PostgreSQL 18 the platform ships and, where it
 * is installed, Debian's PostgreSQL 15. A fresh cluster includes the file as an operator would, starts, and must have
 * applied every line of it.
 */
class PostgresqlSettingsTest {

    private static final Path SETTINGS = Repository.DEPLOY.resolve("postgresql");
    private static final Path DEBIAN_15 = Path.of("/usr/lib/postgresql/15/bin");
    private static final Pattern SETTING = Pattern.compile("(?m)^\\s*([a-z_.]+)\\s*=\\s*'?([^'#\\s]+)");
    private static final Pattern SIZED_FOR = Pattern.compile("Sized for (\\d+) instances x KOPROGO_DB_POOL_MAX \\(8");
    private static final int POOL_MAX = 8;

    private static final Map<Path, Path> CLUSTERS = new HashMap<>();

    @TempDir
    static Path clusters;

    @TempDir
    Path work;

    static Stream<Arguments> serversAndHostSizes() throws Exception {
        List<Path> servers = new ArrayList<>(List.of(embeddedBinaries()));
        if (Files.isExecutable(DEBIAN_15.resolve("postgres"))) {
            servers.add(DEBIAN_15);
        }
        return servers.stream().flatMap(bin -> Stream.of("2gb", "4gb", "8gb")
                .map(size -> Arguments.of(bin, "postgresql-" + size + ".conf")));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("serversAndHostSizes")
    void aServerStartsWithEveryLineOfTheFileApplied(Path bin, String file) throws Exception {
        Path data = work.resolve("data");
        require(CommandResult.of(List.of("cp", "-a", freshCluster(bin).toString(), data.toString())));
        Path settings = SETTINGS.resolve(file);
        Files.writeString(data.resolve("postgresql.conf"), "\ninclude '" + settings + "'\n", StandardOpenOption.APPEND);
        int port = FreePort.pick();
        Path log = work.resolve("server.log");
        CommandResult start = run(bin, "pg_ctl", "-D", data.toString(), "-l", log.toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1", "start");
        assertEquals(0, start.status(), start.output() + Files.readString(log));
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "postgres", "")) {
            assertEveryLineApplied(connection, settings);
            assertEquals(value(settings, "shared_buffers"), show(connection, "shared_buffers"));
            assertEquals(value(settings, "max_connections"), show(connection, "max_connections"));
            assertRoomForTheInstancesItIsSizedFor(connection, settings);
            // preloaded, so the load-test kit's per-query figures work
            connection.createStatement().execute("create extension pg_stat_statements");
            connection.createStatement().executeQuery("select count(*) from pg_stat_statements").close();
        } finally {
            require(run(bin, "pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop"));
        }
    }

    /** A cluster as initdb leaves it, made once per server (initdb takes seconds; a copy, a fraction of one). */
    private static synchronized Path freshCluster(Path bin) throws IOException, InterruptedException {
        Path cluster = CLUSTERS.get(bin);
        if (cluster == null) {
            cluster = clusters.resolve("cluster-" + CLUSTERS.size());
            require(run(bin, "initdb", "-D", cluster.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                    "--no-sync"));
            CLUSTERS.put(bin, cluster);
        }
        return cluster;
    }

    private static void assertEveryLineApplied(Connection connection, Path settings) throws SQLException {
        Set<String> applied = new TreeSet<>();
        try (var rows = connection.createStatement().executeQuery(
                "select sourcefile, sourceline, name, applied, error from pg_file_settings where sourcefile like '"
                        + SETTINGS + "/%'")) {
            while (rows.next()) {
                String where = rows.getString(1) + ":" + rows.getInt(2) + " " + rows.getString(3);
                assertEquals(null, rows.getString(5), where);
                assertTrue(rows.getBoolean(4), where + " was not applied");
                applied.add(rows.getString(3));
            }
        }
        Set<String> written = new TreeSet<>(names(settings));
        written.addAll(names(SETTINGS.resolve("koprogo-common.conf")));
        written.remove("include");
        assertEquals(written, applied);
    }

    private static void assertRoomForTheInstancesItIsSizedFor(Connection connection, Path settings) throws SQLException {
        Matcher sizedFor = SIZED_FOR.matcher(Repository.read(settings));
        assertTrue(sizedFor.find(), "the file says how many instances it is sized for");
        int instances = Integer.parseInt(sizedFor.group(1));
        int available = Integer.parseInt(show(connection, "max_connections"))
                - Integer.parseInt(show(connection, "superuser_reserved_connections"));
        // every instance's pool, and one more during a rolling restart
        assertTrue(available >= (instances + 1) * POOL_MAX, available + " connections for " + instances + " instances");
    }

    private static Set<String> names(Path file) {
        Set<String> names = new TreeSet<>();
        Matcher setting = SETTING.matcher(Repository.read(file));
        while (setting.find()) {
            names.add(setting.group(1));
        }
        return names;
    }

    private static String value(Path file, String name) {
        Matcher setting = SETTING.matcher(Repository.read(file));
        while (setting.find()) {
            if (setting.group(1).equals(name)) {
                return setting.group(2);
            }
        }
        throw new AssertionError(file + " sets no " + name);
    }

    private static String show(Connection connection, String name) throws SQLException {
        try (var rows = connection.createStatement().executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /**
     * Runs one of the server's programs. PostgreSQL refuses to run as root: then, as zonky's library does, in a user
     * namespace of its own (unshare -U), where the process is not root.
     */
    private static CommandResult run(Path bin, String program, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        return CommandResult.of(command);
    }

    private static void require(CommandResult result) {
        assertEquals(0, result.status(), result.output());
    }

    /** The directory zonky unpacked the embedded PostgreSQL's programs to, as the server itself reports it. */
    private static Path embeddedBinaries() throws IOException, SQLException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             Connection connection = postgres.getPostgresDatabase().getConnection();
             var rows = connection.createStatement().executeQuery("select setting from pg_config where name = 'BINDIR'")) {
            rows.next();
            return Path.of(rows.getString(1));
        }
    }
}
