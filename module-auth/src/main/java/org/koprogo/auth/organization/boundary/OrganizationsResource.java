package org.koprogo.auth.organization.boundary;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.koprogo.auth.organization.control.OrganizationRemoval;
import org.koprogo.auth.organization.control.OrganizationStore;
import org.koprogo.auth.organization.entity.Organization;
import org.koprogo.core.openapi.boundary.Answer;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageParams;
import org.koprogo.core.rest.boundary.Created;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.core.tenancy.boundary.Role;

/** Organizations (tenants): the superadmin manages them; a member may read their own. */
@Path("organizations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.SUPERADMIN)
public class OrganizationsResource {

    @Inject
    OrganizationStore store;

    @Inject
    OrganizationRemoval removal;

    @Inject
    Caller caller;

    @GET
    public Page<OrganizationResponse> list(@BeanParam PageParams params) {
        return store.list(caller, params.toRequest(OrganizationStore.SORTS.keySet(), "name"), OrganizationResponse::of);
    }

    @Answer(status = 201, body = OrganizationResponse.class, location = true)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull OrganizationRequest request, @Context UriInfo uri) {
        Organization created = store.create(request.changes());
        return Created.at(uri, created.id(), OrganizationResponse.of(created));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT, Role.Names.OWNER})
    public OrganizationResponse get(@PathParam("id") UUID id) {
        return OrganizationResponse.of(store.find(caller, id).orElseThrow(() -> OrganizationStore.notFound(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrganizationResponse update(@PathParam("id") UUID id, @Valid @NotNull OrganizationRequest request) {
        return OrganizationResponse.of(store.update(id, request.changes()));
    }

    @PUT
    @Path("{id}/activate")
    public OrganizationResponse activate(@PathParam("id") UUID id) {
        return OrganizationResponse.of(store.setActive(id, true));
    }

    /** KoproGo calls it suspend; {@code deactivate} is the same. */
    @PUT
    @Path("{id}/suspend")
    public OrganizationResponse suspend(@PathParam("id") UUID id) {
        return OrganizationResponse.of(store.setActive(id, false));
    }

    @PUT
    @Path("{id}/deactivate")
    public OrganizationResponse deactivate(@PathParam("id") UUID id) {
        return OrganizationResponse.of(store.setActive(id, false));
    }

    /** The organization and everything in it, in every module: its buildings, owners, expenses, users. */
    @DELETE
    @Path("{id}")
    public OrganizationDeleted delete(@PathParam("id") UUID id) {
        removal.remove(id);
        return OrganizationDeleted.ANSWER;
    }
}
