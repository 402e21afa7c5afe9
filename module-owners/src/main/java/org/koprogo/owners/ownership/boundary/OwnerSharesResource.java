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

import org.koprogo.core.openapi.boundary.OperationId;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageParams;
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
    @GET
    public Page<ShareResponse> active(@PathParam("id") UUID ownerId, @BeanParam PageParams params) {
        return shares(ownerId, true, params);
    }

    @OperationId("listOwnerShareHistory")
    @GET
    @Path("history")
    public Page<ShareResponse> history(@PathParam("id") UUID ownerId, @BeanParam PageParams params) {
        return shares(ownerId, false, params);
    }

    private Page<ShareResponse> shares(UUID ownerId, boolean activeOnly, PageParams params) {
        return store.ofOwner(ownerId, activeOnly, params.toRequest(OwnershipStore.SORTS.keySet(), "start_date"),
                ShareResponse::of);
    }
}
