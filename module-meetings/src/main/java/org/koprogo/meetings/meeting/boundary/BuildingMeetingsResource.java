package org.koprogo.meetings.meeting.boundary;

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
import org.koprogo.meetings.meeting.control.MeetingStore;

/**
 * KoproGo's per-building meeting list, a bare array as KoproGo answered it (paged in headers): module-meetings'
 * sub-resource of module-buildings' buildings.
 */
@Path("buildings/{buildingId}/meetings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT, Role.Names.OWNER})
public class BuildingMeetingsResource {

    @Inject
    MeetingStore store;

    @OperationId("listBuildingMeetings")
    @Answer(status = 200, body = MeetingResponse[].class, pageHeaders = true)
    @GET
    public Response list(@PathParam("buildingId") UUID buildingId, @BeanParam BareList list) {
        return list.answer(store.ofBuilding(buildingId, list.toRequest(MeetingStore.SORTS.keySet(), "scheduled_date"),
                MeetingResponse::of));
    }
}
