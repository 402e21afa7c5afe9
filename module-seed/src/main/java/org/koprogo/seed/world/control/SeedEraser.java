package org.koprogo.seed.world.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.koprogo.core.data.boundary.PlatformData;
import org.koprogo.core.data.boundary.TableLocks;

/**
 * Removes the organizations seeds created and everything in them, through every module's own removal
 * ({@link PlatformData}); organizations created otherwise are never touched. Runs in its caller's transaction.
 * It locks every table against writes first ({@link TableLocks}), so that it never deadlocks with the API's writes.
 */
final class SeedEraser {

    private SeedEraser() {
    }

    /** {@code kinds} names the seeds whose organizations go; their seed_organizations rows go with them. */
    static RemovedSeeds erase(Connection connection, List<SeedKind> kinds, PlatformData data) throws SQLException {
        TableLocks.lockEveryTable(connection);
        List<UUID> organizations = new ArrayList<>();
        try (PreparedStatement seeded = connection.prepareStatement(
                "select organization_id from seed_organizations where kind = any (?)")) {
            seeded.setArray(1, connection.createArrayOf("varchar",
                    kinds.stream().map(SeedKind::wireName).toArray()));
            try (ResultSet rows = seeded.executeQuery()) {
                while (rows.next()) {
                    organizations.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return new RemovedSeeds(organizations.size(), data.remove(organizations, connection));
    }
}
