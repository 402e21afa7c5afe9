package org.koprogo.seed.world.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes the organizations seeds created and everything in them, children first; organizations created
 * otherwise are never touched. Runs in its caller's transaction.
 */
final class SeedEraser {

    private record Scoped(String table, String column) {
    }

    /** Every table holding an organization's rows, in an order the foreign keys accept. */
    private static final List<Scoped> TABLES = List.of(
            new Scoped("idempotency_keys", "organization_id"),
            new Scoped("unit_owners", "organization_id"),
            new Scoped("expenses", "organization_id"),
            new Scoped("accounts", "organization_id"),
            new Scoped("account_chart_versions", "scope"),
            new Scoped("units", "organization_id"),
            new Scoped("owners", "organization_id"),
            new Scoped("buildings", "organization_id"),
            new Scoped("users", "organization_id"), // refresh tokens go with their users (on delete cascade)
            new Scoped("row_counts", "organization_id"),
            new Scoped("organizations", "id")); // seed_organizations rows go with them (on delete cascade)

    private SeedEraser() {
    }

    /** Rows removed by table; {@code kinds} names the seeds whose organizations go. */
    static Map<String, Long> erase(Connection connection, List<SeedKind> kinds) throws SQLException {
        String[] names = kinds.stream().map(SeedKind::wireName).toArray(String[]::new);
        Map<String, Long> removed = new LinkedHashMap<>();
        for (Scoped scoped : TABLES) {
            try (PreparedStatement delete = connection.prepareStatement("delete from " + scoped.table() + " where "
                    + scoped.column() + " in (select organization_id from seed_organizations where kind = any (?))")) {
                delete.setArray(1, connection.createArrayOf("varchar", names));
                removed.put(scoped.table(), (long) delete.executeUpdate());
            }
        }
        return removed;
    }
}
