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
import org.koprogo.core.tenancy.boundary.Role;
import org.koprogo.gdpr.rights.control.Subjects;

/** A superadmin exercising a user's rights on their behalf (a request by letter, an account that cannot sign in). */
@Path("admin/gdpr/users/{id}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.SUPERADMIN)
public class AdminRightsResource {

    @Inject
    Subjects subjects;

    @Inject
    Rights rights;

    @OperationId("exportUserData")
    @Answer(status = 200, body = ExportDocument.class, description = "The user's data, streamed")
    @Answer(status = 429, description = "Too many exports this hour; Retry-After says when to retry")
    @GET
    @Path("export")
    public Response export(@PathParam("id") UUID id) {
        return rights.export(subjects.user(id));
    }

    @OperationId("canEraseUserData")
    @GET
    @Path("can-erase")
    public CanEraseResponse canErase(@PathParam("id") UUID id) {
        return rights.canErase(subjects.user(id));
    }

    @OperationId("eraseUserData")
    @Answer(status = 409, description = "Something holds the erasure back: holds[] names each")
    @Answer(status = 410, description = "Erased already")
    @DELETE
    @Path("erase")
    public ErasureResponse erase(@PathParam("id") UUID id) {
        return rights.erase(subjects.user(id));
    }
}
