package org.koprogo.seed.world.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.koprogo.core.database.boundary.IntegrityViolation;
import org.koprogo.core.refusal.boundary.RuleViolation;
import org.koprogo.core.security.boundary.PasswordHashes;
import org.koprogo.seed.world.boundary.PresentSeed;
import org.koprogo.seed.world.boundary.RemovedSeeds;
import org.koprogo.seed.world.boundary.SeedReport;

/**
 * Plants and removes seed data, each in one transaction of plain JDBC batches (JPA would hold every row in its
 * persistence context). A PostgreSQL advisory lock serializes seedings across instances.
 */
@ApplicationScoped
public class Seeds {

    public static final int MAX_SCALE = 10_000;
    private static final Logger LOG = Logger.getLogger(Seeds.class.getName());
    private static final int SIGN_IN_SHOWN = 6;
    private static final String[] SEEDED_TABLES = {"organizations", "users", "buildings", "units", "owners",
            "unit_owners", "expenses"};

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @Inject
    DataSource dataSource;

    @Inject
    PasswordHashes passwords;

    /**
     * Writes the world; data of the same kind already there is refused (409) unless {@code replace}, which removes
     * it first, in the same transaction.
     */
    public SeedReport plant(SeedKind kind, int scale, long seed, boolean replace) {
        SeedReport report = inTransaction(connection -> {
            Optional<PresentSeed> present = present(connection).stream()
                    .filter(p -> p.kind().equals(kind.wireName())).findFirst();
            if (present.isPresent() && !replace) {
                PresentSeed there = present.get();
                throw new AlreadySeeded(kind.wireName() + " data (scale " + there.scale() + ", seed " + there.seed()
                        + ") is already loaded: ask again with replace=true to replace it, or DELETE /api/v1/seed");
            }
            if (present.isPresent()) {
                SeedEraser.erase(connection, List.of(kind));
            }
            return write(connection, kind, scale, seed, present.isPresent() ? "replaced" : "created");
        });
        analyze();
        LOG.info(() -> String.format("Seed %s (scale %d, seed %d) %s: %d rows in %.1f s, %d rows/s", kind.wireName(),
                scale, seed, report.action(), report.totalRows(), report.seconds(), report.rowsPerSecond()));
        return report;
    }

    private SeedReport write(Connection connection, SeedKind kind, int scale, long seed, String action)
            throws SQLException {
        long started = System.nanoTime();
        List<UUID> organizations = new ArrayList<>();
        List<SeedReport.Account> signIn = new ArrayList<>();
        RowWriter writer = new RowWriter(connection, passwords::hash);
        try (writer) {
            kind.write(scale, seed, row -> {
                if (row instanceof Row.Organization organization) {
                    organizations.add(organization.id());
                } else if (row instanceof Row.User user && signIn.size() < SIGN_IN_SHOWN) {
                    signIn.add(new SeedReport.Account(user.email(), user.password(), user.role()));
                }
                writer.accept(row);
            });
        }
        try (PreparedStatement mark = connection.prepareStatement("insert into seed_organizations"
                + " (organization_id, kind, scale, seed_value) select id, ?, ?, ? from unnest(?) as id")) {
            mark.setString(1, kind.wireName());
            mark.setInt(2, scale);
            mark.setLong(3, seed);
            mark.setArray(4, connection.createArrayOf("uuid", organizations.toArray()));
            mark.executeUpdate();
        }
        Map<String, Long> rows = writer.written();
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        double seconds = (System.nanoTime() - started) / 1e9;
        return new SeedReport(kind.wireName(), scale, seed, action, organizations.size(), rows, total,
                Math.round(seconds * 100) / 100.0, Math.round(total / Math.max(seconds, 1e-3)), signIn);
    }

    /** Removes every seed's organizations with everything in them. */
    public RemovedSeeds removeAll() {
        return inTransaction(connection -> {
            Map<String, Long> rows = SeedEraser.erase(connection, Arrays.asList(SeedKind.values()));
            return new RemovedSeeds(rows.getOrDefault("organizations", 0L), rows);
        });
    }

    /** Read without the seeding lock, so it answers while a seeding runs (with what was there before it). */
    public List<PresentSeed> present() {
        try (Connection connection = dataSource.getConnection()) {
            return present(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the seeds failed: " + e.getMessage(), e);
        }
    }

    private static List<PresentSeed> present(Connection connection) throws SQLException {
        List<PresentSeed> present = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select kind, max(scale), max(seed_value), count(*),"
                     + " min(created_at) from seed_organizations group by kind order by kind")) {
            while (rows.next()) {
                present.add(new PresentSeed(rows.getString(1), rows.getInt(2), rows.getLong(3), rows.getInt(4),
                        rows.getObject(5, OffsetDateTime.class)));
            }
        }
        return present;
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (Statement lock = connection.createStatement()) {
                    lock.execute("select pg_advisory_xact_lock(hashtext('koprogo-seed'))");
                }
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw refusal(e);
        } catch (SeedWriteException e) {
            throw refusal(e.getCause());
        }
    }

    /** A seed row clashing with data created otherwise (an e-mail or slug already taken) is the caller's 409. */
    private static RuntimeException refusal(SQLException failure) {
        SQLException first = failure.getNextException() != null ? failure.getNextException() : failure;
        Optional<String> unique = IntegrityViolation.UNIQUE.in(first);
        if (unique.isPresent()) {
            return new RuleViolation("The seed clashes with data created otherwise (" + unique.get() + "): "
                    + String.valueOf(first.getMessage()).replaceFirst("(?s)^ERROR: ", "").replaceAll("\\s+", " "));
        }
        return new IllegalStateException("Seeding failed: " + first.getMessage(), first);
    }

    /** Fresh statistics, or the planner would see empty tables until autovacuum comes by. */
    private void analyze() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("analyze " + String.join(", ", SEEDED_TABLES));
        } catch (SQLException e) {
            LOG.warning(() -> "analyze after seeding failed: " + e.getMessage());
        }
    }
}
