package org.koprogo.auth.organization.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.koprogo.core.data.boundary.PlatformData;
import org.koprogo.core.data.boundary.TableLocks;

/**
 * Deletes an organization with everything in it, through every module's own removal ({@link PlatformData}). Its
 * users go with it, and so do their sessions: refresh tokens go with their users, and an access token whose user
 * is gone is refused at its next request. One JDBC transaction (hundreds of thousands of rows do not fit a
 * persistence context) that holds every table first, as seed removal does, so it never deadlocks with API writes.
 */
@ApplicationScoped
public class OrganizationRemoval {

    private static final Logger LOG = Logger.getLogger(OrganizationRemoval.class.getName());

    @Inject
    DataSource dataSource;

    @Inject
    PlatformData data;

    /** Rows removed by table; an unknown organization is a 404 and removes nothing. */
    public Map<String, Long> remove(UUID id) {
        Map<String, Long> removed;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                TableLocks.lockEveryTable(connection);
                removed = data.remove(List.of(id), connection);
                if (removed.getOrDefault("organizations", 0L) == 0) {
                    throw OrganizationStore.notFound(id);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            // a lock never granted becomes a 503 with Retry-After (DatabaseRefusal finds the SQLSTATE in the causes)
            throw new IllegalStateException("Removing organization " + id + " failed: " + e.getMessage(), e);
        }
        LOG.info(() -> "Organization " + id + " deleted: " + removed);
        return removed;
    }
}
