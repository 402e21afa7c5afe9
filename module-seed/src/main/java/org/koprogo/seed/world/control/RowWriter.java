package org.koprogo.seed.world.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Inserts a world's rows in JDBC batches, one prepared statement per table (the driver sends each batch as
 * multi-row inserts). A batch is sent for every table, in foreign-key order, whenever {@value #BATCH} rows wait,
 * so a row never reaches the database before the rows it refers to. Not thread-safe: one per seeding.
 */
final class RowWriter implements Consumer<Row>, AutoCloseable {

    static final int BATCH = 2_000;

    /** A table's insert and how a row fills its parameters. */
    private record Table<R extends Row>(String name, String sql, Binder<R> binder) {
    }

    @FunctionalInterface
    private interface Binder<R extends Row> {
        void bind(R row, PreparedStatement statement) throws SQLException;
    }

    private final Connection connection;
    private final UnaryOperator<String> passwordHashes;
    private final Map<String, String> hashByPassword = new HashMap<>();
    private final Map<Class<? extends Row>, Table<?>> tables = new LinkedHashMap<>();
    private final Map<Class<? extends Row>, PreparedStatement> statements = new HashMap<>();
    private final Map<String, Long> written = new LinkedHashMap<>();
    private int pending;

    /**
     * @param passwordHashes hashes a password; called once per distinct password of a seeding, since a bcrypt
     *                       hash takes ~55 ms and a scaled world has thousands of users sharing a password
     */
    RowWriter(Connection connection, UnaryOperator<String> passwordHashes) {
        this.connection = connection;
        this.passwordHashes = passwordHashes;
        define(Row.Organization.class, new Table<Row.Organization>("organizations",
                "insert into organizations (id, name, slug, contact_email, contact_phone, subscription_plan,"
                        + " max_buildings, max_users, is_seed_data) values (?, ?, ?, ?, ?, ?, ?, ?, true)",
                (o, s) -> {
                    s.setObject(1, o.id());
                    s.setString(2, o.name());
                    s.setString(3, o.slug());
                    s.setString(4, o.email());
                    s.setString(5, o.phone());
                    s.setString(6, o.plan());
                    s.setInt(7, o.maxBuildings());
                    s.setInt(8, o.maxUsers());
                }));
        define(Row.User.class, new Table<Row.User>("users",
                "insert into users (id, organization_id, email, password_hash, first_name, last_name, role)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                (u, s) -> {
                    s.setObject(1, u.id());
                    s.setObject(2, u.organizationId());
                    s.setString(3, u.email());
                    s.setString(4, hashByPassword.computeIfAbsent(u.password(), passwordHashes));
                    s.setString(5, u.firstName());
                    s.setString(6, u.lastName());
                    s.setString(7, u.role());
                }));
        define(Row.Building.class, new Table<Row.Building>("buildings",
                "insert into buildings (id, organization_id, name, address, city, postal_code, country, total_units,"
                        + " total_tantiemes, construction_year) values (?, ?, ?, ?, ?, ?, 'Belgique', ?, ?, ?)",
                (b, s) -> {
                    s.setObject(1, b.id());
                    s.setObject(2, b.organizationId());
                    s.setString(3, b.name());
                    s.setString(4, b.address());
                    s.setString(5, b.city());
                    s.setString(6, b.postalCode());
                    s.setInt(7, b.totalUnits());
                    s.setInt(8, b.totalTantiemes());
                    s.setInt(9, b.constructionYear());
                }));
        define(Row.Unit.class, new Table<Row.Unit>("units",
                "insert into units (id, organization_id, building_id, unit_number, unit_type, floor, surface_area,"
                        + " quota) values (?, ?, ?, ?, ?, ?, ?, ?)",
                (u, s) -> {
                    s.setObject(1, u.id());
                    s.setObject(2, u.organizationId());
                    s.setObject(3, u.buildingId());
                    s.setString(4, u.number());
                    s.setString(5, u.type());
                    s.setInt(6, u.floor());
                    s.setBigDecimal(7, u.surfaceArea());
                    s.setBigDecimal(8, u.quota());
                }));
        define(Row.Owner.class, new Table<Row.Owner>("owners",
                "insert into owners (id, organization_id, first_name, last_name, email, phone, address, city,"
                        + " postal_code, country, user_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'Belgique', ?)",
                (o, s) -> {
                    s.setObject(1, o.id());
                    s.setObject(2, o.organizationId());
                    s.setString(3, o.firstName());
                    s.setString(4, o.lastName());
                    s.setString(5, o.email());
                    s.setString(6, o.phone());
                    s.setString(7, o.address());
                    s.setString(8, o.city());
                    s.setString(9, o.postalCode());
                    s.setObject(10, o.userId(), Types.OTHER);
                }));
        define(Row.Share.class, new Table<Row.Share>("unit_owners",
                "insert into unit_owners (id, organization_id, unit_id, building_id, owner_id, ownership_percentage,"
                        + " is_primary_contact, start_date) values (?, ?, ?, ?, ?, ?, ?, ?)",
                (o, s) -> {
                    s.setObject(1, o.id());
                    s.setObject(2, o.organizationId());
                    s.setObject(3, o.unitId());
                    s.setObject(4, o.buildingId());
                    s.setObject(5, o.ownerId());
                    s.setBigDecimal(6, o.fraction());
                    s.setBoolean(7, o.primaryContact());
                    s.setObject(8, o.startDate());
                }));
        define(Row.Expense.class, new Table<Row.Expense>("expenses",
                "insert into expenses (id, organization_id, building_id, category, description, amount, expense_date,"
                        + " supplier, invoice_number, account_code, approval_status, submitted_at, approved_by,"
                        + " approved_at, rejection_reason, payment_status, paid_date)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                RowWriter::bindExpense));
    }

    private static void bindExpense(Row.Expense e, PreparedStatement s) throws SQLException {
        OffsetDateTime submitted = e.approvalStatus().equals("draft") ? null : e.date().plusDays(2);
        OffsetDateTime decided = e.approvedBy() == null ? null : e.date().plusDays(5);
        s.setObject(1, e.id());
        s.setObject(2, e.organizationId());
        s.setObject(3, e.buildingId());
        s.setString(4, e.category());
        s.setString(5, e.description());
        s.setBigDecimal(6, e.amount());
        s.setObject(7, e.date());
        s.setString(8, e.supplier());
        s.setString(9, e.invoiceNumber());
        s.setString(10, e.accountCode());
        s.setString(11, e.approvalStatus());
        s.setObject(12, submitted, Types.TIMESTAMP_WITH_TIMEZONE);
        s.setObject(13, e.approvedBy(), Types.OTHER);
        s.setObject(14, decided, Types.TIMESTAMP_WITH_TIMEZONE);
        s.setString(15, e.approvalStatus().equals("rejected") ? "Devis trop élevé, demander un second devis" : null);
        s.setString(16, e.paid() ? "paid" : "pending");
        s.setObject(17, e.paid() ? e.date().plusDays(20) : null, Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private <R extends Row> void define(Class<R> type, Table<R> table) {
        tables.put(type, table);
    }

    @Override
    public void accept(Row row) {
        try {
            add(row);
            if (++pending >= BATCH) {
                flush();
            }
        } catch (SQLException e) {
            throw new SeedWriteException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private <R extends Row> void add(R row) throws SQLException {
        Table<R> table = (Table<R>) tables.get(row.getClass());
        PreparedStatement statement = statements.get(row.getClass());
        if (statement == null) {
            statement = connection.prepareStatement(table.sql());
            statements.put(row.getClass(), statement);
        }
        table.binder().bind(row, statement);
        statement.addBatch();
        written.merge(table.name(), 1L, Long::sum);
    }

    /** Sends every waiting batch, parents before children. */
    void flush() throws SQLException {
        for (Class<? extends Row> type : tables.keySet()) {
            PreparedStatement statement = statements.get(type);
            if (statement != null) {
                statement.executeBatch();
            }
        }
        pending = 0;
    }

    /** Rows written by table, in insertion order. */
    Map<String, Long> written() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(written));
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            for (PreparedStatement statement : statements.values()) {
                statement.close();
            }
        }
    }
}
