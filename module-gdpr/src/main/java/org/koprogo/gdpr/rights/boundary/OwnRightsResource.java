package org.koprogo.gdpr.rights.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.koprogo.core.openapi.boundary.Answer;
import org.koprogo.core.openapi.boundary.OperationId;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.core.tenancy.boundary.Role;
import org.koprogo.gdpr.rights.control.Subjects;

/** The caller's own rights, KoproGo's routes: a copy of their data, whether it may be erased, its erasure. */
@Path("gdpr")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT, Role.Names.OWNER})
public class OwnRightsResource {

    @Inject
    Caller caller;

    @Inject
    Subjects subjects;

    @Inject
    Rights rights;

    @OperationId("exportOwnData")
    @Answer(status = 200, body = ExportDocument.class, description = "The caller's data, streamed")
    @Answer(status = 429, description = "Too many exports this hour; Retry-After says when to retry")
    @GET
    @Path("export")
    public Response export() {
        return rights.export(subjects.user(caller.userId()));
    }

    @OperationId("canEraseOwnData")
    @GET
    @Path("can-erase")
    public CanEraseResponse canErase() {
        return rights.canErase(subjects.user(caller.userId()));
    }

    /** Signs the caller out for good: their tokens are refused from the next request. */
    @OperationId("eraseOwnData")
    @Answer(status = 409, description = "Something holds the erasure back: holds[] names each")
    @Answer(status = 410, description = "Erased already")
    @DELETE
    @Path("erase")
    public ErasureResponse erase() {
        return rights.erase(subjects.user(caller.userId()));
    }
}
