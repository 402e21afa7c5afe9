package org.koprogo.meetings.deliberation.boundary;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.koprogo.meetings.deliberation.control.AttendanceSheet;
import org.koprogo.meetings.deliberation.control.AttendanceStore;
import org.koprogo.meetings.deliberation.entity.Attendance;

/**
 * Who attends an assembly, by co-owner (art. 3.87 §5–§7): whoever reads the meeting reads it, a syndic records
 * it until the opening. Each co-owner's attendance has its own ETag.
 */
@Path("meetings/{meetingId}/attendance")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT, Role.Names.OWNER})
public class AttendanceResource {

    @Inject
    AttendanceStore store;

    @OperationId("getAttendance")
    @GET
    public AttendanceResponse get(@PathParam("meetingId") UUID meetingId) {
        return AttendanceResponse.of(store.sheet(meetingId));
    }

    @OperationId("recordAttendance")
    @Answer(status = 200, body = AttendeeResponse.class)
    @PUT
    @Path("{ownerId}")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("meetingId") UUID meetingId, @PathParam("ownerId") UUID ownerId,
                           @Context Request preconditions,
                           @Valid @NotNull(message = AttendanceRequest.REQUIRED) AttendanceRequest request) {
        AttendanceStore.Recorded recorded = store.record(meetingId, ownerId, request.holder(),
                Versioned.ifMatch(preconditions));
        Attendance row = recorded.attendance();
        AttendeeResponse body = AttendeeResponse.of(new AttendanceSheet.Line(row.getOwnerId(), recorded.name(),
                row.getQuota(), row.getPresence(), row.proxyHolder()));
        return Versioned.of(body, row.getId(), row.getVersion()).written();
    }

    @OperationId("removeAttendance")
    @DELETE
    @Path("{ownerId}")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    public void remove(@PathParam("meetingId") UUID meetingId, @PathParam("ownerId") UUID ownerId,
                       @Context Request preconditions) {
        store.remove(meetingId, ownerId, Versioned.ifMatch(preconditions));
    }
}
