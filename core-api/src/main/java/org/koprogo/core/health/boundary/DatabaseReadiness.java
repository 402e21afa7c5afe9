package org.koprogo.core.health.boundary;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.koprogo.core.lifecycle.boundary.DatabaseMigrated;

/**
 * Ready when the migrations of every enabled module are applied and the database answers. It asks the pool
 * itself, not a persistence context: EclipseLink runs a failed read outside a transaction three more times,
 * five seconds apart, which kept this check ten seconds while the database was down.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Inject
    DataSource dataSource;

    private volatile boolean migrated;

    /** Observed after every module's own observer: their data is prepared too when this runs. */
    void migrated(@Observes @Priority(Integer.MAX_VALUE) DatabaseMigrated done) {
        migrated = true;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database").withData("migrated", migrated);
        try (Connection connection = dataSource.getConnection()) {
            boolean reachable = connection.isValid(TIMEOUT_SECONDS);
            return response.withData("reachable", reachable).status(migrated && reachable).build();
        } catch (SQLException e) {
            return response.withData("reachable", false).withData("error", e.getMessage()).down().build();
        }
    }
}
