package org.koprogo.buildings.unit.boundary;

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

import org.koprogo.buildings.unit.control.UnitStore;
import org.koprogo.buildings.unit.entity.Unit;
import org.koprogo.buildings.unit.entity.UnitType;
import org.koprogo.core.conditional.boundary.Versioned;
import org.koprogo.core.json.boundary.WireEnum;
import org.koprogo.core.openapi.boundary.Answer;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageParams;
import org.koprogo.core.paging.boundary.QueryParams;
import org.koprogo.core.rest.boundary.Created;
import org.koprogo.core.tenancy.boundary.Role;

@Answer(status = 200, body = UnitResponse.class)
@Path("units")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT, Role.Names.OWNER})
public class UnitsResource {

    @Inject
    UnitStore store;

    @GET
    public Page<UnitResponse> list(@BeanParam PageParams params, @QueryParam("building_id") String building,
                                   @QueryParam("unit_type") String type) {
        return store.list(QueryParams.uuid("building_id", building), WireEnum.parameter("unit_type", type, UnitType.class),
                params.toRequest(UnitStore.SORTS.keySet(), "unit_number"), UnitResponse::of);
    }

    @Answer(status = 201, body = UnitResponse.class, location = true)
    @POST
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull UnitRequest request, @Context UriInfo uri) {
        Unit created = store.create(request.changes());
        return Created.at(uri, created.getId(), UnitResponse.of(created));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        return versioned(store.find(id).orElseThrow(() -> UnitStore.notFound(id))).read(request);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") UUID id, @Context Request preconditions,
                           @Valid @NotNull UnitRequest request) {
        return versioned(store.update(id, Versioned.ifMatch(preconditions), request.changes())).written();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    public void delete(@PathParam("id") UUID id, @Context Request preconditions) {
        store.delete(id, Versioned.ifMatch(preconditions));
    }

    private static Versioned<UnitResponse> versioned(Unit unit) {
        return Versioned.of(UnitResponse.of(unit), unit.getId(), unit.getVersion());
    }
}
