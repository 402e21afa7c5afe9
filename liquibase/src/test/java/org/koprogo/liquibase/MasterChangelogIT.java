package org.koprogo.liquibase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;

import org.junit.jupiter.api.Test;

/**
 * The offline master changelog applies what the platform applies at start-up, under the same logical paths,
 * so a database migrated offline starts with nothing left to apply (and the reverse).
 */
class MasterChangelogIT {

    @Test
    void appliesEveryModuleUnderThePlatformsLogicalPaths() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             Connection connection = postgres.getPostgresDatabase().getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Scope.child(Map.of("liquibase.analytics.enabled", false), () -> new CommandScope(
                    UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, "db/changelog/master.xml")
                    .execute());
            List<String> applied = new ArrayList<>();
            try (var rows = connection.createStatement().executeQuery(
                    "select filename || '::' || id from databasechangelog order by orderexecuted")) {
                while (rows.next()) {
                    applied.add(rows.getString(1));
                }
            }
            List<String> expected = new ArrayList<>();
            for (String module : List.of("core", "auth", "buildings", "owners", "expenses", "meetings", "documents", "gdpr", "seed")) {
                expected.addAll(changeSetsOf(module));
            }
            assertEquals(expected, applied);
        }
    }

    /** What the platform applies for a module at start-up: its changelog's changesets, under its logical path. */
    private static List<String> changeSetsOf(String module) throws Exception {
        String changelog;
        try (InputStream in = MasterChangelogIT.class.getResourceAsStream("/db/changelog/" + module + ".xml")) {
            changelog = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher path = Pattern.compile("logicalFilePath=\"([^\"]+)\"").matcher(changelog);
        assertTrue(path.find(), module + " names its logical path");
        assertEquals("koprogo/" + module, path.group(1));
        List<String> ids = new ArrayList<>();
        Matcher changeSet = Pattern.compile("<changeSet id=\"([^\"]+)\"").matcher(changelog);
        while (changeSet.find()) {
            ids.add(path.group(1) + "::" + changeSet.group(1));
        }
        assertFalse(ids.isEmpty(), module);
        return ids;
    }
}
