package org.koprogo.liquibase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
            assertEquals(List.of("koprogo/auth::1-organizations", "koprogo/buildings::1-buildings",
                    "koprogo/owners::1-owners", "koprogo/expenses::1-expenses"), applied);
        }
    }
}
