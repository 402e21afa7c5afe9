package org.koprogo.meetings.deliberation.boundary;

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

import org.koprogo.core.conditional.boundary.Versioned;
import org.koprogo.core.openapi.boundary.Answer;
import org.koprogo.core.openapi.boundary.OperationId;
import org.koprogo.core.tenancy.boundary.Role;
import org.koprogo.meetings.deliberation.control.MinutesStore;
import org.koprogo.meetings.deliberation.entity.Minutes;

/** An assembly's minutes (art. 3.87 §10): read with the meeting, written by a syndic, approved once. */
@Answer(status = 200, body = MinutesResponse.class)
@Path("meetings/{meetingId}/minutes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT, Role.Names.OWNER})
public class MinutesResource {

    @Inject
    MinutesStore store;

    @OperationId("getMinutes")
    @GET
    public Response get(@PathParam("meetingId") UUID meetingId, @Context Request request) {
        return versioned(store.read(meetingId)).read(request);
    }

    @OperationId("writeMinutes")
    @PUT
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response write(@PathParam("meetingId") UUID meetingId, @Context Request preconditions,
                          @Valid @NotNull(message = MinutesRequest.REQUIRED) MinutesRequest minutes) {
        return versioned(store.write(meetingId, minutes.text(), Versioned.ifMatch(preconditions))).written();
    }

    @OperationId("approveMinutes")
    @POST
    @Path("approval")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    public Response approve(@PathParam("meetingId") UUID meetingId, @Context Request preconditions) {
        return versioned(store.approve(meetingId, Versioned.ifMatch(preconditions))).written();
    }

    private static Versioned<MinutesResponse> versioned(Minutes minutes) {
        return Versioned.of(MinutesResponse.of(minutes), minutes.getMeetingId(), minutes.getVersion());
    }
}
