package org.koprogo.core.health.boundary;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.koprogo.core.platform.control.PlatformStartup;

/** Ready when the migrations of every enabled module are applied and the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Inject
    DataSource dataSource;

    @Inject
    PlatformStartup startup;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database").withData("migrated", startup.migrated());
        try (Connection connection = dataSource.getConnection()) {
            boolean reachable = connection.isValid(VALIDATION_TIMEOUT_SECONDS);
            return response.withData("reachable", reachable).status(reachable && startup.migrated()).build();
        } catch (SQLException e) {
            return response.withData("reachable", false).withData("error", e.getMessage()).down().build();
        }
    }
}
