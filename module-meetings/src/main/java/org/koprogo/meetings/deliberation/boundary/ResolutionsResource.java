package org.koprogo.meetings.deliberation.boundary;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.koprogo.core.conditional.boundary.Versioned;
import org.koprogo.core.openapi.boundary.Answer;
import org.koprogo.core.openapi.boundary.OperationId;
import org.koprogo.core.rest.boundary.Created;
import org.koprogo.core.tenancy.boundary.Role;
import org.koprogo.meetings.deliberation.control.ResolutionStore;
import org.koprogo.meetings.deliberation.entity.Resolution;

/**
 * An assembly's resolutions (art. 3.87 §8, 3.88): put on agenda items, voted by the co-owners present or
 * represented while the assembly deliberates, closed with the outcome the platform counts.
 */
@Path("meetings/{meetingId}/resolutions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT, Role.Names.OWNER})
public class ResolutionsResource {

    @Inject
    ResolutionStore store;

    @OperationId("createResolution")
    @Answer(status = 201, body = ResolutionResponse.class, location = true)
    @POST
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("meetingId") UUID meetingId, @Context UriInfo uri,
                           @Valid @NotNull(message = ResolutionRequest.REQUIRED) ResolutionRequest request) {
        Resolution created = store.create(meetingId, request.agendaItem(), request.title().strip(),
                request.majority());
        return Created.at(uri, created.getId(), ResolutionResponse.of(new ResolutionStore.Voted(created, List.of())));
    }

    @OperationId("listResolutions")
    @GET
    public List<ResolutionResponse> list(@PathParam("meetingId") UUID meetingId) {
        return store.list(meetingId).stream().map(ResolutionResponse::of).toList();
    }

    @OperationId("getResolution")
    @Answer(status = 200, body = ResolutionResponse.class)
    @GET
    @Path("{resolutionId}")
    public Response get(@PathParam("meetingId") UUID meetingId, @PathParam("resolutionId") UUID resolutionId,
                        @Context Request request) {
        return versioned(store.get(meetingId, resolutionId)).read(request);
    }

    @OperationId("castVote")
    @PUT
    @Path("{resolutionId}/votes/{ownerId}")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    @Consumes(MediaType.APPLICATION_JSON)
    public VoteResponse vote(@PathParam("meetingId") UUID meetingId, @PathParam("resolutionId") UUID resolutionId,
                             @PathParam("ownerId") UUID ownerId,
                             @Valid @NotNull(message = VoteRequest.REQUIRED) VoteRequest vote) {
        return VoteResponse.of(store.vote(meetingId, resolutionId, ownerId, vote.choice()));
    }

    @OperationId("closeResolution")
    @Answer(status = 200, body = ResolutionResponse.class)
    @POST
    @Path("{resolutionId}/close")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    public Response close(@PathParam("meetingId") UUID meetingId, @PathParam("resolutionId") UUID resolutionId,
                          @Context Request preconditions) {
        return versioned(store.close(meetingId, resolutionId, Versioned.ifMatch(preconditions))).written();
    }

    private static Versioned<ResolutionResponse> versioned(ResolutionStore.Voted voted) {
        return Versioned.of(ResolutionResponse.of(voted), voted.resolution().getId(), voted.resolution().getVersion());
    }
}
