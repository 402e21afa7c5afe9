package org.koprogo.auth.user.boundary;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.koprogo.auth.user.control.UserStore;
import org.koprogo.auth.user.entity.User;
import org.koprogo.core.openapi.boundary.Answer;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageParams;
import org.koprogo.core.rest.boundary.Created;
import org.koprogo.core.paging.boundary.QueryParams;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.core.tenancy.boundary.Role;

/** Users: a superadmin manages all of them, a syndic those of its organization, an accountant reads them. */
@Path("users")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
public class UsersResource {

    @Inject
    UserStore store;

    @Inject
    Caller caller;

    /** {@code organization_id} filters a superadmin's list; everyone else sees their own organization. */
    @GET
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT})
    public Page<UserResponse> list(@BeanParam PageParams params,
                                   @QueryParam("organization_id") String organizationId) {
        return store.list(caller, QueryParams.uuid("organization_id", organizationId),
                params.toRequest(UserStore.SORTS.keySet(), "email"), UserResponse::of);
    }

    @Answer(status = 201, body = UserResponse.class, location = true)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull UserRequest request, @Context UriInfo uri) {
        User created = store.create(caller, request.changes());
        return Created.at(uri, created.id(), UserResponse.of(created));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT})
    public UserResponse get(@PathParam("id") UUID id) {
        return UserResponse.of(store.find(caller, id).orElseThrow(() -> UserStore.notFound(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserResponse update(@PathParam("id") UUID id, @Valid @NotNull UserRequest request) {
        return UserResponse.of(store.update(caller, id, request.changes()));
    }

    @PUT
    @Path("{id}/activate")
    public UserResponse activate(@PathParam("id") UUID id) {
        return UserResponse.of(store.setActive(caller, id, true));
    }

    @PUT
    @Path("{id}/deactivate")
    public UserResponse deactivate(@PathParam("id") UUID id) {
        return UserResponse.of(store.setActive(caller, id, false));
    }

    /** The sign-in goes; the records that refer to the user stay. Nobody deletes their own account. */
    @DELETE
    @Path("{id}")
    public UserDeleted delete(@PathParam("id") UUID id) {
        store.delete(caller, id);
        return UserDeleted.ANSWER;
    }
}
