package org.koprogo.documents.document.boundary;

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
import org.koprogo.documents.document.control.DocumentStore;

/** KoproGo's per-building document list, a bare array (paged in headers), under module-buildings' buildings. */
@Path("buildings/{buildingId}/documents")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT, Role.Names.OWNER})
public class BuildingDocumentsResource {

    @Inject
    DocumentStore store;

    @OperationId("listBuildingDocuments")
    @Answer(status = 200, body = DocumentResponse[].class, pageHeaders = true)
    @GET
    public Response list(@PathParam("buildingId") UUID buildingId, @BeanParam BareList list) {
        return list.answer(store.ofBuilding(buildingId, list.toRequest(DocumentStore.SORTS.keySet(), "created_at"),
                DocumentResponse::of));
    }
}
