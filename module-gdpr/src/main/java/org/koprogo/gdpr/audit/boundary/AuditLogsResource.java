package org.koprogo.gdpr.audit.boundary;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.koprogo.core.openapi.boundary.OperationId;
import org.koprogo.core.paging.boundary.PageRequest;
import org.koprogo.core.paging.boundary.QueryParams;
import org.koprogo.core.refusal.boundary.InvalidInput;
import org.koprogo.core.tenancy.boundary.Role;
import org.koprogo.gdpr.audit.control.AuditTrail;
import org.koprogo.gdpr.audit.entity.AuditEvent;

/** The audit trail of exports, erasures and erasure checks, newest first, as KoproGo's admin panel reads it. */
@Path("admin/gdpr/audit-logs")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.SUPERADMIN)
public class AuditLogsResource {

    @Inject
    AuditTrail trail;

    /** {@code user_id} matches the actor or the subject; dates are inclusive (a date alone: the whole day). */
    @OperationId("listGdprAuditLogs")
    @GET
    public AuditLogsResponse list(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
                                  @QueryParam("user_id") String userId,
                                  @QueryParam("organization_id") String organizationId,
                                  @QueryParam("event_type") String eventType, @QueryParam("success") String success,
                                  @QueryParam("start_date") String startDate, @QueryParam("end_date") String endDate) {
        int size = (int) QueryParams.whole("per_page", perPage, 20, 1, PageRequest.MAX_PER_PAGE);
        int number = (int) QueryParams.whole("page", page, 1, 1, PageRequest.lastPage(size));
        AuditTrail.Filter filter = new AuditTrail.Filter(QueryParams.uuid("user_id", userId),
                QueryParams.uuid("organization_id", organizationId),
                events(eventType),
                success == null || success.isBlank() ? null : QueryParams.flag("success", success),
                QueryParams.timestamp("start_date", startDate, false),
                QueryParams.timestamp("end_date", endDate, true));
        return AuditLogsResponse.of(trail.list(filter, new PageRequest(number, size, "timestamp", true),
                AuditLogResponse::of));
    }

    /** Null for no filter; 400 for a filter that names no event. */
    private static Set<String> events(String eventType) {
        if (eventType == null || eventType.isBlank()) {
            return null;
        }
        Set<String> named = AuditEvent.named(eventType.strip());
        if (named.isEmpty()) {
            throw InvalidInput.inParameter("event_type", "must be one of " + Arrays.stream(AuditEvent.values())
                    .map(AuditEvent::toString).collect(Collectors.joining(", ")) + ", or the start of some");
        }
        return named;
    }
}
