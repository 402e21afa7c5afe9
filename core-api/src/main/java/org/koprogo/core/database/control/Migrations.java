package org.koprogo.core.database.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

import org.koprogo.core.module.boundary.PlatformModule;

/**
 * Applies the Liquibase changelogs of the enabled modules, requirements first, before the platform serves
 * traffic. All modules share one DATABASECHANGELOG; Liquibase's lock table serialises concurrent starts of
 * several instances.
 */
@ApplicationScoped
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    /**
     * Liquibase 4.30+ would otherwise try to send usage analytics at every start, and print its banner and
     * messages to stdout; the log gets them, and this class logs one line per module.
     */
    private static final Map<String, Object> QUIET = Map.of(
            "liquibase.analytics.enabled", false,
            "liquibase.showBanner", false,
            Scope.Attr.ui.name(), new LoggerUIService());

    @Inject
    DataSource dataSource;

    /** The platform's own tables (e.g. idempotency keys), applied before any module's. */
    static final String CORE_CHANGELOG = "db/changelog/core.xml";

    public void apply(List<PlatformModule> modules) {
        apply("core", Migrations.class.getClassLoader(), CORE_CHANGELOG);
        for (PlatformModule module : modules) {
            module.changelog().ifPresent(changelog -> apply(module.name(), module.getClass().getClassLoader(),
                    changelog));
        }
    }

    private void apply(String module, ClassLoader loader, String changelog) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            int before = appliedCount(connection);
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(),
                            new ClassLoaderResourceAccessor(loader)),
                    () -> Scope.child(QUIET, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                            .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                            .execute()));
            int applied = appliedCount(connection) - before;
            LOG.info(() -> String.format("module '%s': %d changeset(s) applied from %s in %d ms",
                    module, applied, changelog, (System.nanoTime() - started) / 1_000_000));
        } catch (Exception e) {
            throw new MigrationFailedException(module, changelog, e);
        }
    }

    private static int appliedCount(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from pg_catalog.pg_tables "
                     + "where schemaname = current_schema() and tablename = 'databasechangelog'")) {
            rows.next();
            if (rows.getInt(1) == 0) {
                return 0;
            }
        }
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from databasechangelog")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
