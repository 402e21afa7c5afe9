package org.koprogo.core.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready from the moment the instance was told to stop: a load balancer polling /health/ready sends it no
 * more requests while it finishes those it has (the launcher's GracefulShutdown, which sets {@link #STOPPING}).
 */
@Readiness
@ApplicationScoped
public class StopReadiness implements HealthCheck {

    /** The system property the launcher sets to the time, ISO-8601, it was told to stop. */
    public static final String STOPPING = "koprogo.stopping";

    @Override
    public HealthCheckResponse call() {
        String since = System.getProperty(STOPPING);
        var response = HealthCheckResponse.named("serving");
        return since == null ? response.up().build() : response.withData("since", since).down().build();
    }
}
