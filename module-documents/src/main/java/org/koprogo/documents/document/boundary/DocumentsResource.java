package org.koprogo.documents.document.boundary;

import java.io.InputStream;
import java.util.Optional;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.koprogo.core.conditional.boundary.Versioned;
import org.koprogo.core.openapi.boundary.Answer;
import org.koprogo.core.openapi.boundary.FormBody;
import org.koprogo.core.openapi.boundary.OperationId;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageParams;
import org.koprogo.core.paging.boundary.QueryParams;
import org.koprogo.core.refusal.boundary.InvalidInput;
import org.koprogo.core.rest.boundary.Created;
import org.koprogo.core.tenancy.boundary.Role;
import org.koprogo.documents.document.control.Contents;
import org.koprogo.documents.document.control.DocumentStore;
import org.koprogo.documents.document.control.UploadTooLarge;
import org.koprogo.documents.document.entity.Document;

/**
 * A co-ownership's files: everyone of the organization reads them (an owner those of its buildings); syndics,
 * accountants and superadmins upload and delete them.
 */
@Answer(status = 200, body = DocumentResponse.class)
@Path("documents")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT, Role.Names.OWNER})
public class DocumentsResource {

    @Inject
    DocumentStore store;

    @Inject
    Contents contents;

    @GET
    public Page<DocumentResponse> list(@BeanParam PageParams params, @QueryParam("building_id") String building) {
        return store.list(QueryParams.uuid("building_id", building), null,
                params.toRequest(DocumentStore.SORTS.keySet(), "created_at"), DocumentResponse::of);
    }

    /**
     * A multipart/form-data upload: the part {@code file} and the fields building_id, document_type, title and
     * description, in any order. The file is stored as it arrives, never whole in memory.
     */
    @OperationId("uploadDocument")
    @FormBody(UploadFields.class)
    @Answer(status = 201, body = DocumentResponse.class, location = true)
    @POST
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@NotNull InputStream body, @Context HttpHeaders headers, @Context UriInfo uri) {
        String boundary = Optional.ofNullable(headers.getMediaType())
                .map(type -> type.getParameters().get("boundary")).filter(b -> !b.isEmpty() && b.length() <= 70)
                .orElseThrow(() -> InvalidInput.inParameter("Content-Type",
                        "multipart/form-data needs a boundary of 1 to 70 characters"));
        try {
            Document document = store.upload(body, boundary);
            return Created.at(uri, document.getId(), DocumentResponse.of(document));
        } catch (UploadTooLarge e) {
            throw new WebApplicationException(e.getMessage(), Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        Document document = store.readable(id);
        return Versioned.of(DocumentResponse.of(document), document.getId(), document.getVersion()).read(request);
    }

    /**
     * The file, streamed: its SHA-256 is its strong ETag (304 for a current copy), one byte range gives a 206. Sent
     * as an attachment, never sniffed, never re-encoded (a range is of the stored bytes).
     */
    @OperationId("downloadDocument")
    @Answer(status = 200, description = "The file")
    @Answer(status = 206, description = "The byte range asked for (Content-Range)")
    @Answer(status = 416, description = "The range asked for is past the end of the file")
    @GET
    @Path("{id}/download")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") UUID id, @Context Request request, @HeaderParam("Range") String range) {
        Document document = store.readable(id);
        EntityTag tag = new EntityTag(document.getSha256());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        long size = document.getFileSize();
        Optional<ByteRange> asked = ByteRange.of(range, size);
        ByteRange bytes = asked.orElse(new ByteRange(0, size - 1));
        UUID content = document.getContentId();
        StreamingOutput stream = out -> {
            if (bytes.length() > 0) {
                contents.copy(content, bytes.first(), bytes.last(), out);
            }
        };
        Response.ResponseBuilder answer = asked.isPresent()
                ? Response.status(Response.Status.PARTIAL_CONTENT).header("Content-Range", bytes.contentRange(size))
                : Response.ok();
        return answer.entity(stream)
                .type(document.getMimeType())
                .tag(tag)
                .header(HttpHeaders.CONTENT_LENGTH, bytes.length())
                .header("Accept-Ranges", "bytes")
                .header("Content-Disposition", AttachmentName.header(document.getFileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @OperationId("linkDocumentToMeeting")
    @PUT
    @Path("{id}/link-meeting")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT})
    @Consumes(MediaType.APPLICATION_JSON)
    public DocumentResponse linkMeeting(@PathParam("id") UUID id,
                                        @Valid @NotNull(message = MeetingLink.REQUIRED) MeetingLink link) {
        return DocumentResponse.of(store.linkMeeting(id, link.meetingId()));
    }

    @OperationId("linkDocumentToExpense")
    @PUT
    @Path("{id}/link-expense")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT})
    @Consumes(MediaType.APPLICATION_JSON)
    public DocumentResponse linkExpense(@PathParam("id") UUID id,
                                        @Valid @NotNull(message = ExpenseLink.REQUIRED) ExpenseLink link) {
        return DocumentResponse.of(store.linkExpense(id, link.expenseId()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT})
    public void delete(@PathParam("id") UUID id) {
        store.delete(id);
    }
}
