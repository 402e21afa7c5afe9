package org.koprogo.owners.ownership.boundary;

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

import org.koprogo.core.openapi.boundary.Answer;
import org.koprogo.core.openapi.boundary.OperationId;
import org.koprogo.core.paging.boundary.BareList;
import org.koprogo.core.tenancy.boundary.Role;
import org.koprogo.owners.ownership.control.OwnershipStore;

/**
 * An owner's shares: a sub-resource of the owners resource, served by the ownership component so that owners
 * need not know shares (shares know owners: a share names one).
 */
@Path("owners/{id}/units")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT, Role.Names.OWNER})
public class OwnerSharesResource {

    @Inject
    OwnershipStore store;

    /** The owner's active shares. */
    @OperationId("listOwnerShares")
    @Answer(status = 200, body = ShareResponse[].class, pageHeaders = true)
    @GET
    public Response active(@PathParam("id") UUID ownerId, @BeanParam BareList list) {
        return shares(ownerId, true, list);
    }

    @OperationId("listOwnerShareHistory")
    @Answer(status = 200, body = ShareResponse[].class, pageHeaders = true)
    @GET
    @Path("history")
    public Response history(@PathParam("id") UUID ownerId, @BeanParam BareList list) {
        return shares(ownerId, false, list);
    }

    private Response shares(UUID ownerId, boolean activeOnly, BareList list) {
        return list.answer(store.ofOwner(ownerId, activeOnly,
                list.toRequest(OwnershipStore.SORTS.keySet(), "start_date"), ShareResponse::of));
    }
}
