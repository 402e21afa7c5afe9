package org.koprogo.core.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** KoproGo v1 clients poll this; operators use /health/live and /health/ready. */
@Path("health")
@ApplicationScoped
public class HealthResource {

    public record Status(String status) {
    }

    private static final Status OK = new Status("ok");

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Status health() {
        return OK;
    }
}
