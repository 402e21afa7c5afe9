package org.koprogo.owners.owner.boundary;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.koprogo.core.conditional.boundary.Versioned;
import org.koprogo.core.openapi.boundary.Answer;
import org.koprogo.core.openapi.boundary.OperationId;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageParams;
import org.koprogo.core.refusal.boundary.NotFound;
import org.koprogo.core.rest.boundary.Created;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.core.tenancy.boundary.Role;
import org.koprogo.owners.owner.control.OwnerStore;
import org.koprogo.owners.owner.entity.Owner;

@Answer(status = 200, body = OwnerResponse.class)
@Path("owners")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT, Role.Names.OWNER})
public class OwnersResource {

    @Inject
    OwnerStore store;

    @Inject
    Caller caller;

    /** {@code search} matches any part of the first name, last name or email. */
    @GET
    public Page<OwnerResponse> list(@BeanParam PageParams params, @QueryParam("search") String search) {
        return store.list(search, params.toRequest(OwnerStore.SORTS.keySet(), "last_name"), OwnerResponse::of);
    }

    @Answer(status = 201, body = OwnerResponse.class, location = true)
    @POST
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull OwnerRequest request, @Context UriInfo uri) {
        Owner created = store.create(caller.organizationForWrite(request.organizationId()), request.contact());
        return Created.at(uri, created.getId(), OwnerResponse.of(created));
    }

    /** The owner record linked to the calling user. */
    @OperationId("getMyOwner")
    @GET
    @Path("me")
    public OwnerResponse me() {
        return store.mine().map(OwnerResponse::of)
                .orElseThrow(() -> new NotFound("No owner record is linked to this user"));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        return versioned(store.readable(id)).read(request);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") UUID id, @Context Request preconditions,
                           @Valid @NotNull OwnerRequest request) {
        return versioned(store.update(id, Versioned.ifMatch(preconditions), request.contact())).written();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    public void delete(@PathParam("id") UUID id, @Context Request preconditions) {
        store.delete(id, Versioned.ifMatch(preconditions));
    }

    @PUT
    @Path("{id}/link-user")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    @Consumes(MediaType.APPLICATION_JSON)
    public OwnerResponse link(@PathParam("id") UUID id, @NotNull UserLink link) {
        return OwnerResponse.of(store.link(id, link.userId()));
    }

    private static Versioned<OwnerResponse> versioned(Owner owner) {
        return Versioned.of(OwnerResponse.of(owner), owner.getId(), owner.getVersion());
    }
}
