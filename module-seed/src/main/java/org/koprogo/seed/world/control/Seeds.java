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
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.koprogo.core.data.boundary.DataSet;
import org.koprogo.core.data.boundary.PlatformData;
import org.koprogo.core.database.boundary.IntegrityViolation;
import org.koprogo.core.database.boundary.Timestamps;
import org.koprogo.core.refusal.boundary.RuleViolation;
import org.koprogo.core.security.boundary.PasswordHashes;

/**
 * Plants and removes seed data, each in one transaction, through the modules' own writers and removals
 * ({@link PlatformData}: plain JDBC batches, since JPA would hold every row in its persistence context). A
 * PostgreSQL advisory lock serializes seedings across instances.
 */
@ApplicationScoped
public class Seeds {

    public static final int MAX_SCALE = 10_000;
    private static final Logger LOG = Logger.getLogger(Seeds.class.getName());
    private static final int SIGN_IN_SHOWN = 6;

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @Inject
    DataSource dataSource;

    @Inject
    PasswordHashes passwords;

    @Inject
    PlatformData data;

    /**
     * Writes the world; data of the same kind already there is refused (409) unless {@code replace}, which removes
     * it first, in the same transaction.
     */
    public Seeding plant(SeedKind kind, int scale, long seed, boolean replace) {
        Seeding seeding = inTransaction(connection -> {
            Optional<PresentSeed> present = present(connection).stream()
                    .filter(p -> p.kind().equals(kind.wireName())).findFirst();
            if (present.isPresent() && !replace) {
                PresentSeed there = present.get();
                throw new AlreadySeeded(kind.wireName() + " data (scale " + there.scale() + ", seed " + there.seed()
                        + ") is already loaded: ask again with replace=true to replace it, or DELETE /api/v1/seed");
            }
            if (present.isPresent()) {
                SeedEraser.erase(connection, List.of(kind), data);
            }
            return write(connection, kind, scale, seed, present.isPresent());
        });
        analyze(seeding);
        LOG.info(() -> String.format("Seed %s (scale %d, seed %d) %s: %d rows in %.1f s, %d rows/s", kind.wireName(),
                scale, seed, seeding.replaced() ? "replaced" : "created", seeding.totalRows(), seeding.seconds(),
                seeding.rowsPerSecond()));
        return seeding;
    }

    private Seeding write(Connection connection, SeedKind kind, int scale, long seed, boolean replaced)
            throws SQLException {
        long started = System.nanoTime();
        List<UUID> organizations = new ArrayList<>();
        List<Seeding.Account> signIn = new ArrayList<>();
        SeedPasswords hashes = new SeedPasswords(passwords::hash);
        WorldWriter writer = new WorldWriter(data, connection);
        try (writer) {
            kind.write(scale, seed, Timestamps.now().toLocalDate(), hashes, row -> {
                if (row instanceof DataSet.Organization organization) {
                    organizations.add(organization.id());
                } else if (row instanceof DataSet.User user && signIn.size() < SIGN_IN_SHOWN) {
                    signIn.add(new Seeding.Account(user.email(), hashes.password(user.passwordHash()), user.role()));
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
        return new Seeding(kind, scale, seed, replaced, organizations.size(), writer.written(),
                System.nanoTime() - started, signIn);
    }

    /** Removes every seed's organizations with everything in them. */
    public RemovedSeeds removeAll() {
        return inTransaction(connection -> SeedEraser.erase(connection, Arrays.asList(SeedKind.values()), data));
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

    /**
     * Fresh statistics of the tables written, or the planner would see empty tables until autovacuum comes by.
     */
    private void analyze(Seeding seeding) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("analyze " + String.join(", ", seeding.rows().keySet()));
        } catch (SQLException e) {
            LOG.warning(() -> "analyze after seeding failed: " + e.getMessage());
        }
    }
}
