package org.koprogo.gdpr.rights.boundary;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.koprogo.core.openapi.boundary.Answer;
import org.koprogo.core.openapi.boundary.OperationId;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.core.tenancy.boundary.Role;
import org.koprogo.gdpr.rights.control.Subjects;

/**
 * The rights of a co-owner who has no sign-in, exercised by the syndic of their organization (or a superadmin) on
 * their request. An owner who signs in exercises them themselves: 409 here.
 */
@Path("gdpr/owners/{id}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
public class OwnerRightsResource {

    @Inject
    Caller caller;

    @Inject
    Subjects subjects;

    @Inject
    Rights rights;

    @OperationId("exportOwnerData")
    @Answer(status = 200, body = ExportDocument.class, description = "The owner's data, streamed")
    @Answer(status = 409, description = "The owner signs in: they export their data themselves")
    @Answer(status = 429, description = "Too many exports this hour; Retry-After says when to retry")
    @GET
    @Path("export")
    public Response export(@PathParam("id") UUID id) {
        return rights.export(subjects.ownerWithoutSignIn(id, caller));
    }

    @OperationId("canEraseOwnerData")
    @Answer(status = 409, description = "The owner signs in: they ask themselves")
    @GET
    @Path("can-erase")
    public CanEraseResponse canErase(@PathParam("id") UUID id) {
        return rights.canErase(subjects.ownerWithoutSignIn(id, caller));
    }

    @OperationId("eraseOwnerData")
    @Answer(status = 409, description = "Something holds the erasure back (holds[] names each), or the owner signs in")
    @Answer(status = 410, description = "Erased already")
    @DELETE
    @Path("erase")
    public ErasureResponse erase(@PathParam("id") UUID id) {
        return rights.erase(subjects.ownerWithoutSignIn(id, caller));
    }
}
