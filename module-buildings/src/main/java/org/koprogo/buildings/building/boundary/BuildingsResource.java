package org.koprogo.buildings.building.boundary;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.koprogo.buildings.building.control.BuildingStore;
import org.koprogo.buildings.building.entity.Building;
import org.koprogo.buildings.unit.boundary.UnitResponse;
import org.koprogo.buildings.unit.control.UnitStore;
import org.koprogo.core.conditional.boundary.Versioned;
import org.koprogo.core.openapi.boundary.Answer;
import org.koprogo.core.openapi.boundary.OperationId;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageParams;
import org.koprogo.core.rest.boundary.Created;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.core.tenancy.boundary.Role;

@Answer(status = 200, body = BuildingResponse.class)
@Path("buildings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT, Role.Names.OWNER})
public class BuildingsResource {

    @Inject
    BuildingStore store;

    @Inject
    Caller caller;

    @GET
    public Page<BuildingResponse> list(@BeanParam PageParams params) {
        return store.list(params.toRequest(BuildingStore.SORTS.keySet(), "name"), BuildingResponse::of);
    }

    @Answer(status = 201, body = BuildingResponse.class, location = true)
    @POST
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull BuildingRequest request, @Context UriInfo uri) {
        Building created = store.create(caller.organizationForWrite(request.organizationId()), request.changes());
        return Created.at(uri, created.getId(), BuildingResponse.of(created));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        return versioned(store.find(id).orElseThrow(() -> BuildingStore.notFound(id))).read(request);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") UUID id, @Context Request preconditions,
                           @Valid @NotNull BuildingRequest request) {
        return versioned(store.update(id, Versioned.ifMatch(preconditions), request.changes())).written();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    public void delete(@PathParam("id") UUID id, @Context Request preconditions) {
        store.delete(id, Versioned.ifMatch(preconditions));
    }

    private static Versioned<BuildingResponse> versioned(Building building) {
        return Versioned.of(BuildingResponse.of(building), building.getId(), building.getVersion());
    }
}
