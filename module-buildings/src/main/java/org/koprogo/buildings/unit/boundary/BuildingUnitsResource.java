package org.koprogo.buildings.unit.boundary;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.koprogo.buildings.building.control.BuildingStore;
import org.koprogo.buildings.unit.control.UnitStore;
import org.koprogo.core.openapi.boundary.Answer;
import org.koprogo.core.openapi.boundary.OperationId;
import org.koprogo.core.paging.boundary.BareList;
import org.koprogo.core.tenancy.boundary.Role;

/**
 * KoproGo's per-building unit list, a bare array as KoproGo answered it (paged in headers); the units know their
 * building, not the reverse.
 */
@Path("buildings/{id}/units")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT, Role.Names.OWNER})
public class BuildingUnitsResource {

    @Inject
    BuildingStore buildings;

    @Inject
    UnitStore units;

    @OperationId("listBuildingUnits")
    @Answer(status = 200, body = UnitResponse[].class, pageHeaders = true)
    @GET
    public Response list(@PathParam("id") UUID id, @BeanParam BareList list) {
        buildings.requireReadable(id);
        return list.answer(units.list(id, null, list.toRequest(UnitStore.SORTS.keySet(), "unit_number"),
                UnitResponse::of));
    }
}
