package org.koprogo.core.database.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import liquibase.util.LiquibaseUtil;

import org.koprogo.core.module.boundary.PlatformModule;

/**
 * Applies the Liquibase changelogs of the enabled modules, requirements first, before the platform serves
 * traffic. All modules share one DATABASECHANGELOG; Liquibase's lock table serialises concurrent starts of
 * several instances. A start whose changelogs are those of the last migration skips Liquibase ({@link
 * ChangelogDigest}).
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
        long started = System.nanoTime();
        List<ModuleChangelog> changelogs = new ArrayList<>();
        changelogs.add(new ModuleChangelog("core", Migrations.class.getClassLoader(), CORE_CHANGELOG));
        for (PlatformModule module : modules) {
            module.changelog().ifPresent(changelog -> changelogs.add(
                    new ModuleChangelog(module.name(), module.getClass().getClassLoader(), changelog)));
        }
        Optional<String> digest = ChangelogDigest.of(LiquibaseUtil.getBuildVersion(), changelogs);
        if (digest.isPresent() && current(digest.get())) {
            LOG.info(() -> String.format("%d changelogs unchanged since the last migration (digest %s…),"
                            + " Liquibase not run: %d ms", changelogs.size(), digest.get().substring(0, 12),
                    (System.nanoTime() - started) / 1_000_000));
            return;
        }
        changelogs.forEach(this::apply);
        digest.ifPresent(this::record);
    }

    private boolean current(String digest) {
        try (Connection connection = dataSource.getConnection()) {
            return SchemaDigests.current(connection, digest);
        } catch (SQLException e) {
            throw new MigrationFailedException("core", CORE_CHANGELOG, e);
        }
    }

    private void record(String digest) {
        try (Connection connection = dataSource.getConnection()) {
            SchemaDigests.record(connection, digest);
        } catch (SQLException e) {
            throw new MigrationFailedException("core", CORE_CHANGELOG, e);
        }
    }

    private void apply(ModuleChangelog changelog) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            int before = appliedCount(connection);
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(),
                            new ClassLoaderResourceAccessor(changelog.loader())),
                    () -> Scope.child(QUIET, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog.path())
                            .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                            .execute()));
            int applied = appliedCount(connection) - before;
            LOG.info(() -> String.format("module '%s': %d changeset(s) applied from %s in %d ms",
                    changelog.module(), applied, changelog.path(), (System.nanoTime() - started) / 1_000_000));
        } catch (Exception e) {
            throw new MigrationFailedException(changelog.module(), changelog.path(), e);
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
