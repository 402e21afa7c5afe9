package org.koprogo.meetings.meeting.boundary;

import java.util.UUID;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.koprogo.core.conditional.boundary.Versioned;
import org.koprogo.core.database.boundary.Timestamps;
import org.koprogo.core.json.boundary.WireEnum;
import org.koprogo.core.openapi.boundary.Answer;
import org.koprogo.core.openapi.boundary.OperationId;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageParams;
import org.koprogo.core.paging.boundary.QueryParams;
import org.koprogo.core.rest.boundary.Created;
import org.koprogo.core.tenancy.boundary.Role;
import org.koprogo.meetings.meeting.control.MeetingFilter;
import org.koprogo.meetings.meeting.control.MeetingStore;
import org.koprogo.meetings.meeting.entity.Meeting;
import org.koprogo.meetings.meeting.entity.MeetingStatus;

/**
 * General assemblies: everyone of the organization reads them (an owner those of its buildings), only a syndic or
 * a superadmin writes. Every write takes If-Match.
 */
@Answer(status = 200, body = MeetingResponse.class)
@Path("meetings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT, Role.Names.OWNER})
public class MeetingsResource {

    @Inject
    MeetingStore store;

    @GET
    public Page<MeetingResponse> list(@BeanParam PageParams params,
                                      @QueryParam("building_id") String building,
                                      @QueryParam("status") String status) {
        MeetingFilter filter = new MeetingFilter(QueryParams.uuid("building_id", building),
                WireEnum.parameter("status", status, MeetingStatus.class));
        return store.list(filter, params.toRequest(MeetingStore.SORTS.keySet(), "scheduled_date"),
                MeetingResponse::of);
    }

    @Answer(status = 201, body = MeetingResponse.class, location = true)
    @POST
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull MeetingRequest request, @Context UriInfo uri) {
        Meeting created = store.create(request.buildingId(), request.meetingType(), request.details());
        return Created.at(uri, created.getId(), MeetingResponse.of(created));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        return versioned(store.readable(id)).read(request);
    }

    /** Changes the members sent of a meeting still to be held. */
    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") UUID id, @Context Request preconditions,
                           @Valid @NotNull MeetingChanges changes) {
        Meeting.Details details = changes.details();
        return change(id, preconditions, meeting -> meeting.describe(details));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    public void delete(@PathParam("id") UUID id, @Context Request preconditions) {
        store.delete(id, Versioned.ifMatch(preconditions));
    }

    @OperationId("addAgendaItem")
    @POST
    @Path("{id}/agenda")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addAgendaItem(@PathParam("id") UUID id, @Context Request preconditions,
                                  @Valid @NotNull(message = AgendaItem.REQUIRED) AgendaItem item) {
        String text = item.item().strip();
        return change(id, preconditions, meeting -> meeting.addAgendaItem(text));
    }

    @POST
    @Path("{id}/complete")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response complete(@PathParam("id") UUID id, @Context Request preconditions,
                             @Valid @NotNull(message = Attendance.REQUIRED) Attendance attendance) {
        return versioned(store.complete(id, Versioned.ifMatch(preconditions), attendance.attendeesCount()))
                .written();
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    public Response cancel(@PathParam("id") UUID id, @Context Request preconditions) {
        return change(id, preconditions, Meeting::cancel);
    }

    @POST
    @Path("{id}/reschedule")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reschedule(@PathParam("id") UUID id, @Context Request preconditions,
                               @Valid @NotNull(message = NewDate.REQUIRED) NewDate date) {
        return change(id, preconditions, meeting -> meeting.reschedule(date.scheduledDate()));
    }

    /** Records the convocation sent; a new date clears it. */
    @OperationId("conveneMeeting")
    @POST
    @Path("{id}/convocation")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response convene(@PathParam("id") UUID id, @Context Request preconditions,
                            @Valid @NotNull(message = Convocation.REQUIRED) Convocation convocation) {
        String reason = convocation.reason();
        return change(id, preconditions, meeting -> meeting.convene(convocation.sentAt(), reason, Timestamps.now()));
    }

    /** Calls the second assembly of one opened without its quorum: a new meeting, linked to it. */
    @OperationId("callSecondAssembly")
    @Answer(status = 201, body = MeetingResponse.class, location = true)
    @POST
    @Path("{id}/second-assembly")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response callSecondAssembly(@PathParam("id") UUID id, @Context UriInfo uri,
                                       @Valid @NotNull(message = SecondAssembly.REQUIRED) SecondAssembly request) {
        Meeting second = store.secondAssembly(id, request.scheduledDate(), request.location().strip());
        return Response.created(uri.getBaseUriBuilder().path(MeetingsResource.class).path(second.getId().toString())
                .build()).entity(MeetingResponse.of(second)).build();
    }

    private Response change(UUID id, Request preconditions, Consumer<Meeting> change) {
        return versioned(store.change(id, Versioned.ifMatch(preconditions), change)).written();
    }

    private static Versioned<MeetingResponse> versioned(Meeting meeting) {
        return Versioned.of(MeetingResponse.of(meeting), meeting.getId(), meeting.getVersion());
    }
}
