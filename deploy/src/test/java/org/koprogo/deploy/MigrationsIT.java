package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up migrations and the embedded database's data directory across restarts. */
class MigrationsIT {

    @TempDir
    Path work;

    @Test
    void aSecondStartSkipsLiquibaseUntilTheChangesetsChangeAndKeepsTheData() throws Exception {
        Path data = work.resolve("data");
        String id;
        try (RunningPlatform first = RunningPlatform.start(data, Map.of())) {
            assertTrue(Pattern.compile("module 'buildings': [1-9][0-9]* changeset\\(s\\) applied").matcher(first.log())
                    .find(), first.log());
            id = newBuilding(first);
        }
        try (RunningPlatform second = RunningPlatform.start(data, Map.of())) {
            String log = second.log();
            assertTrue(log.contains("changelogs unchanged since the last migration"), log);
            assertFalse(log.contains("changeset(s) applied"), "Liquibase is not run: " + log);
            assertEquals(200, Api.admin(second).get("/api/v1/buildings/" + id).statusCode());
            try (Connection connection = Psql.of(second).connect()) {
                connection.createStatement().execute("insert into databasechangelog (id, author, filename,"
                        + " dateexecuted, orderexecuted, exectype) values ('by-hand', 'operator', 'elsewhere.xml',"
                        + " now(), 1000, 'EXECUTED')");
            }
        }
        try (RunningPlatform third = RunningPlatform.start(data, Map.of())) {
            String log = third.log();
            for (String module : new String[] {"core", "auth", "buildings", "owners", "expenses"}) {
                assertTrue(log.contains("module '" + module + "': 0 changeset(s) applied"),
                        "a changeset recorded by someone else: Liquibase checks every changelog again: " + log);
            }
            assertEquals(200, Api.admin(third).get("/api/v1/buildings/" + id).statusCode());
        }
    }

    @Test
    void aKilledPlatformRestartsOnItsData() throws Exception {
        Path data = work.resolve("data");
        RunningPlatform killed = RunningPlatform.start(data, Map.of());
        String id = newBuilding(killed);
        killed.kill();
        try (RunningPlatform restarted = RunningPlatform.start(data, Map.of())) {
            assertTrue(restarted.log().contains("a killed platform left running"), restarted.log());
            assertEquals(200, Api.admin(restarted).get("/api/v1/buildings/" + id).statusCode(),
                    "a committed write survives SIGKILL");
        }
    }

    @Test
    void aFailingChangesetStopsStartupNamingIt() throws Exception {
        try (ExternalDatabase database = new ExternalDatabase()) {
            database.execute("create table expenses (id integer primary key)");
            RunningPlatform platform = RunningPlatform.startExpectingExit(work.resolve("data"), database.environment());
            assertEquals(3, platform.exitCode());
            String log = platform.log();
            assertTrue(log.contains("KoproGo cannot start: module 'expenses': migration db/changelog/expenses.xml"
                    + " failed"), log);
            assertTrue(log.contains("koprogo/expenses::1-expenses::koprogo"), "the changeset is named: " + log);
        }
    }

    @Test
    void twoPlatformsRunSideBySide() throws Exception {
        try (RunningPlatform a = RunningPlatform.start(work.resolve("a"), Map.of());
             RunningPlatform b = RunningPlatform.start(work.resolve("b"), Map.of())) {
            assertNotEquals(a.uri("/"), b.uri("/"));
            String id = newBuilding(a);
            assertEquals(200, Api.admin(a).get("/api/v1/buildings/" + id).statusCode());
            assertEquals(404, Api.admin(b).get("/api/v1/buildings/" + id).statusCode(), "each has its own database");
            assertFalse(a.log().contains("SEVERE") || b.log().contains("SEVERE"));
        }
    }

    /** A building of a new organization, written by its syndic. */
    private static String newBuilding(RunningPlatform platform) throws Exception {
        return Property.buildingId(Api.admin(platform).newOrganizationSyndic());
    }
}
