package org.koprogo.meetings.deliberation.boundary;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
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
import org.koprogo.meetings.deliberation.control.AttendanceStore;
import org.koprogo.meetings.meeting.boundary.MeetingResponse;
import org.koprogo.meetings.meeting.entity.Meeting;

/** The opening of an assembly convened: the quorum taken on the attendance recorded, both frozen (art. 3.87 §5). */
@Path("meetings/{meetingId}/open")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
public class OpeningResource {

    @Inject
    AttendanceStore store;

    @OperationId("openMeeting")
    @Answer(status = 200, body = MeetingResponse.class)
    @POST
    public Response open(@PathParam("meetingId") UUID meetingId, @Context Request preconditions) {
        Meeting meeting = store.open(meetingId, Versioned.ifMatch(preconditions));
        return Versioned.of(MeetingResponse.of(meeting), meeting.getId(), meeting.getVersion()).written();
    }
}
