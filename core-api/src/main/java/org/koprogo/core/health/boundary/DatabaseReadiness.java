package org.koprogo.core.health.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.koprogo.core.lifecycle.boundary.DatabaseMigrated;

/**
 * Ready when the migrations of every enabled module are applied and the database answers. It asks through
 * the platform's own persistence unit: Payara binds a descriptor-defined data source only for deployments
 * that inject a persistence context, and this one is always deployed, whatever modules are.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_MILLIS = 2000;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    private volatile boolean migrated;

    /** Observed after every module's own observer: their data is prepared too when this runs. */
    void migrated(@Observes @Priority(Integer.MAX_VALUE) DatabaseMigrated done) {
        migrated = true;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database").withData("migrated", migrated);
        try {
            em.createNativeQuery("select 1").setHint("jakarta.persistence.query.timeout", TIMEOUT_MILLIS)
                    .getSingleResult();
            return response.withData("reachable", true).status(migrated).build();
        } catch (PersistenceException e) {
            return response.withData("reachable", false).withData("error", e.getMessage()).down().build();
        }
    }
}
