package org.koprogo.hello.greeting.boundary;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.koprogo.core.openapi.boundary.Answer;
import org.koprogo.core.refusal.boundary.NotFound;
import org.koprogo.core.rest.boundary.Created;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.core.tenancy.boundary.Role;
import org.koprogo.hello.greeting.control.GreetingStore;
import org.koprogo.hello.greeting.entity.Greeting;

@Answer(status = 200, body = GreetingResponse.class)
@Path("greetings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT, Role.Names.OWNER})
public class GreetingsResource {

    @Inject
    GreetingStore store;

    @Inject
    Caller caller;

    @Answer(status = 201, body = GreetingResponse.class, location = true)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull GreetingRequest request, @Context UriInfo uri) {
        Greeting created = store.create(caller.organizationForWrite(request.organizationId()), request.text());
        return Created.at(uri, created.getId(), GreetingResponse.of(created));
    }

    @GET
    @Path("{id}")
    public GreetingResponse get(@PathParam("id") UUID id) {
        return store.find(id).map(GreetingResponse::of)
                .orElseThrow(() -> new NotFound("no greeting " + id));
    }
}
