package org.koprogo.owners.ownership.boundary;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.koprogo.core.openapi.boundary.OperationId;
import org.koprogo.core.tenancy.boundary.Role;
import org.koprogo.owners.ownership.control.OwnershipStore;

/** A share by its own id, as KoproGo's {@code unit-owners/{id}} addressed it. */
@Path("unit-owners")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
public class SharesResource {

    @Inject
    OwnershipStore store;

    @OperationId("changeShare")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ShareResponse change(@PathParam("id") UUID id, @Valid @NotNull ShareChangeRequest request) {
        return ShareResponse.of(store.change(id, request.changes()));
    }
}
