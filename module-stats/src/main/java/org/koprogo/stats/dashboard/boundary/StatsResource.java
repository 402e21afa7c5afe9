package org.koprogo.stats.dashboard.boundary;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
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
import org.koprogo.core.paging.boundary.QueryParams;
import org.koprogo.core.stats.boundary.Figure;
import org.koprogo.core.stats.boundary.Scope;
import org.koprogo.core.stats.boundary.UrgentTask;
import org.koprogo.core.tenancy.boundary.Role;
import org.koprogo.stats.dashboard.control.Dashboard;
import org.koprogo.stats.dashboard.control.Dashboards;
import org.koprogo.stats.dashboard.control.Scopes;

/**
 * KoproGo's dashboards. Not transactional on purpose: each module's queries take a connection and give it back
 * before the next module's, so a dashboard never holds two.
 */
@Path("stats")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    @Inject
    Dashboards dashboards;

    @Inject
    Scopes scopes;

    @OperationId("getPlatformStats")
    @GET
    @Path("dashboard")
    @RolesAllowed(Role.Names.SUPERADMIN)
    public PlatformStats dashboard() {
        return PlatformStats.of(dashboards.enabled().figures(Scope.platform(), PlatformStats.FIGURES));
    }

    @OperationId("getSeedDataStats")
    @GET
    @Path("seed-data")
    @RolesAllowed(Role.Names.SUPERADMIN)
    public SeedDataStats seedData() {
        Dashboard dashboard = dashboards.enabled();
        return SeedDataStats.of(
                dashboard.figures(Scope.organizations(dashboard.seedOrganizations()), SeedDataStats.SEED_FIGURES),
                dashboard.figures(Scope.platform(), Set.of(Figure.ORGANIZATIONS)));
    }

    /** {@code organization_id} chooses a superadmin's organization; everyone else reads their own. */
    @OperationId("getSyndicStats")
    @GET
    @Path("syndic")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT})
    public SyndicStats syndic(@QueryParam("organization_id") String organizationId) {
        Dashboard dashboard = dashboards.enabled();
        Scope scope = scopes.organization(QueryParams.uuid("organization_id", organizationId));
        return SyndicStats.ofOrganization(dashboard.figures(scope, SyndicStats.ORGANIZATION_FIGURES),
                nextMeeting(dashboard, scope));
    }

    /** At most 9, the most pressing first. */
    @OperationId("listUrgentTasks")
    @GET
    @Path("syndic/urgent-tasks")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT})
    public List<UrgentTaskResponse> urgentTasks(@QueryParam("organization_id") String organizationId) {
        Dashboard dashboard = dashboards.enabled();
        List<UrgentTask> tasks = dashboard.urgentTasks(
                scopes.organization(QueryParams.uuid("organization_id", organizationId)));
        Map<UUID, String> names = dashboard.buildingNames(tasks.stream().map(UrgentTask::buildingId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return tasks.stream().map(task -> UrgentTaskResponse.of(task, names)).toList();
    }

    /** The syndic's dashboard over the buildings where the caller's linked owner record holds a current share. */
    @OperationId("getOwnerStats")
    @GET
    @Path("owner")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.OWNER})
    public SyndicStats owner() {
        Dashboard dashboard = dashboards.enabled();
        Scope.Holder scope = scopes.holder();
        return SyndicStats.ofHolder(scope.buildings().size(), dashboard.figures(scope, SyndicStats.HOLDER_FIGURES),
                nextMeeting(dashboard, scope));
    }

    private static NextMeetingResponse nextMeeting(Dashboard dashboard, Scope scope) {
        return dashboard.nextMeeting(scope)
                .map(meeting -> NextMeetingResponse.of(meeting, dashboard.buildingNames(Set.of(meeting.buildingId()))))
                .orElse(null);
    }
}
