package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database is no open door: a superuser without the password kept in the data dir is refused,
 * and data dirs made when it trusted everyone are upgraded. A platform on it listens on loopback by default.
 */
class EmbeddedDatabaseIT {

    @TempDir
    Path work;

    @Test
    void refusesTheSuperuserWithoutThePasswordKeptInTheDataDir() throws Exception {
        Path data = work.resolve("data");
        try (RunningPlatform platform = RunningPlatform.start(data, Map.of("KOPROGO_HTTP_HOST", "0.0.0.0"))) {
            Psql psql = Psql.of(platform);
            assertEquals(data.resolve("postgres-password").toAbsolutePath(), psql.passwordFile());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(psql.passwordFile())));
            assertRefused(psql);
            try (Connection connection = psql.connect()) {
                assertTrue(connection.isValid(5));
            }
            assertFalse(platform.log().contains(Files.readString(psql.passwordFile()).strip()), "never logged");
            // told to listen everywhere, it answers on the machine's other addresses too
            Optional<InetAddress> address = nonLoopbackAddress();
            if (address.isPresent()) {
                assertEquals(200, Http.get(on(platform, address.get())).statusCode());
            }
        }
    }

    @Test
    void upgradesADataDirThatTrustedEveryoneAndListensOnLoopbackByDefault() throws Exception {
        Path data = work.resolve("data");
        try (EmbeddedPostgres trusting = EmbeddedPostgres.builder().setDataDirectory(data.resolve("postgres"))
                .setCleanDataDirectory(false).start();
             Connection connection = trusting.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create table kept_across_the_upgrade (id int)");
        }
        try (RunningPlatform platform = RunningPlatform.start(data, Map.of())) {
            Psql psql = Psql.of(platform);
            assertRefused(psql);
            try (Connection connection = psql.connect();
                 var rows = connection.createStatement().executeQuery(
                         "select to_regclass('kept_across_the_upgrade') is not null")) {
                rows.next();
                assertTrue(rows.getBoolean(1), "the data dir's data is still there");
            }
            assertTrue(platform.log().contains("it now asks for the password"), "the upgrade is logged");
            Optional<InetAddress> address = nonLoopbackAddress();
            if (address.isPresent()) {
                assertThrows(IOException.class, () -> Http.get(on(platform, address.get())),
                        "on the embedded database it listens on loopback only");
            }
        }
        try (RunningPlatform restarted = RunningPlatform.start(data, Map.of())) {
            assertRefused(Psql.of(restarted));
            assertFalse(restarted.log().contains("it now asks for the password"), "upgraded once");
        }
    }

    private static void assertRefused(Psql psql) {
        for (String password : new String[] {null, "", "postgres"}) {
            SQLException refused = assertThrows(SQLException.class, () -> psql.connect(password).close(),
                    "the superuser with password " + password);
            assertTrue(refused.getMessage().contains("password"), refused.getMessage());
        }
    }

    private static URI on(RunningPlatform platform, InetAddress address) {
        URI local = platform.uri("/health/ready");
        return URI.create("http://" + address.getHostAddress() + ":" + local.getPort() + local.getPath());
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(network -> {
                    try {
                        return network.isUp() && !network.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address)
                .findFirst();
    }
}
