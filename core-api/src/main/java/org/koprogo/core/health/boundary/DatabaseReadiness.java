package org.koprogo.core.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.koprogo.core.platform.control.PlatformStartup;

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

    @Inject
    PlatformStartup startup;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database").withData("migrated", startup.migrated());
        try {
            em.createNativeQuery("select 1").setHint("jakarta.persistence.query.timeout", TIMEOUT_MILLIS)
                    .getSingleResult();
            return response.withData("reachable", true).status(startup.migrated()).build();
        } catch (PersistenceException e) {
            return response.withData("reachable", false).withData("error", e.getMessage()).down().build();
        }
    }
}
