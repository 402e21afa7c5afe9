package org.koprogo.owners.ownership.boundary;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.koprogo.core.openapi.boundary.Answer;
import org.koprogo.core.openapi.boundary.OperationId;
import org.koprogo.core.paging.boundary.BareList;
import org.koprogo.core.tenancy.boundary.Role;
import org.koprogo.owners.ownership.control.OwnershipStore;
import org.koprogo.owners.ownership.entity.Ownership;

/** A unit's shares: module-owners' sub-resource of module-buildings' units, joined by the unit's id. */
@Path("units/{unitId}/owners")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT, Role.Names.OWNER})
public class UnitOwnersResource {

    @Inject
    OwnershipStore store;

    /** The active shares. */
    @OperationId("listUnitShares")
    @Answer(status = 200, body = ShareResponse[].class, pageHeaders = true)
    @GET
    public Response active(@PathParam("unitId") UUID unitId, @BeanParam BareList list) {
        return shares(unitId, true, list);
    }

    @OperationId("listUnitShareHistory")
    @Answer(status = 200, body = ShareResponse[].class, pageHeaders = true)
    @GET
    @Path("history")
    public Response history(@PathParam("unitId") UUID unitId, @BeanParam BareList list) {
        return shares(unitId, false, list);
    }

    private Response shares(UUID unitId, boolean activeOnly, BareList list) {
        return list.answer(store.ofUnit(unitId, activeOnly,
                list.toRequest(OwnershipStore.SORTS.keySet(), "start_date"), ShareResponse::of));
    }

    @OperationId("getUnitTotalPercentage")
    @GET
    @Path("total-percentage")
    public TotalPercentage total(@PathParam("unitId") UUID unitId) {
        return TotalPercentage.of(unitId, store.total(unitId));
    }

    /** 201 with the new share; KoproGo gives no Location for it (a share is reached through its unit). */
    @OperationId("grantShare")
    @Answer(status = 201, body = ShareResponse.class)
    @POST
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response grant(@PathParam("unitId") UUID unitId, @Valid @NotNull ShareRequest request) {
        Ownership granted = store.grant(unitId, request.ownerId(), request.ownershipPercentage(),
                request.isPrimaryContact());
        return Response.status(Response.Status.CREATED).entity(ShareResponse.of(granted)).build();
    }

    /** Ends the share (KoproGo answers 200 with the ended share); the history keeps it. */
    @OperationId("endShare")
    @DELETE
    @Path("{ownerId}")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    public ShareResponse end(@PathParam("unitId") UUID unitId, @PathParam("ownerId") UUID ownerId) {
        return ShareResponse.of(store.end(unitId, ownerId));
    }

    @OperationId("transferShares")
    @POST
    @Path("transfer")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    @Consumes(MediaType.APPLICATION_JSON)
    public TransferResponse transfer(@PathParam("unitId") UUID unitId, @Valid @NotNull TransferRequest request) {
        OwnershipStore.Transfer transfer = store.transfer(unitId, request.fromOwnerId(), request.toOwnerId());
        return new TransferResponse(ShareResponse.of(transfer.ended()), ShareResponse.of(transfer.started()));
    }
}
