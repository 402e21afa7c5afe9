package org.koprogo.expenses.account.boundary;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.koprogo.core.json.boundary.WireEnum;
import org.koprogo.core.openapi.boundary.Answer;
import org.koprogo.core.openapi.boundary.OperationId;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageParams;
import org.koprogo.core.paging.boundary.QueryParams;
import org.koprogo.core.rest.boundary.Created;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.core.tenancy.boundary.Role;
import org.koprogo.expenses.account.control.AccountChart;
import org.koprogo.expenses.account.control.AccountStore;
import org.koprogo.expenses.account.control.ChartAccount;
import org.koprogo.expenses.account.entity.AccountType;

/**
 * The chart of accounts by code. Everyone reads the shared Belgian PCMN plus their organization's accounts; a
 * superadmin reads and writes the shared chart, or an organization's with {@code organization_id}.
 */
@Answer(status = 200, body = AccountResponse.class)
@Path("accounts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT, Role.Names.OWNER})
public class AccountsResource {

    @Inject
    AccountChart chart;

    @Inject
    AccountStore store;

    @Inject
    Caller caller;

    @GET
    public Page<AccountResponse> list(@BeanParam PageParams params,
                                      @QueryParam("organization_id") String organization,
                                      @QueryParam("account_type") String type,
                                      @QueryParam("parent_code") String parentCode) {
        return chart.page(scope(organization), WireEnum.parameter("account_type", type, AccountType.class),
                parentCode == null || parentCode.isBlank() ? null : parentCode.strip(),
                params.toRequest(AccountChart.SORTS.keySet(), "code"), AccountResponse::of);
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("code") String code, @QueryParam("organization_id") String organization,
                        @Context Request request) {
        return versioned(chart.existing(scope(organization), code)).read(request);
    }

    /** KoproGo's path for the same. */
    @OperationId("getAccountByCode")
    @GET
    @Path("code/{code}")
    public Response getByCode(@PathParam("code") String code, @QueryParam("organization_id") String organization,
                              @Context Request request) {
        return get(code, organization, request);
    }

    @Answer(status = 201, body = AccountResponse.class, location = true)
    @POST
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull AccountRequest request, @Context UriInfo uri) {
        UUID organization = caller.isSuperadmin() ? request.organizationId() : caller.organizationId().orElseThrow();
        ChartAccount created = store.create(organization, request.changes());
        return Created.at(uri, created.code(), AccountResponse.of(created));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("code") String code, @QueryParam("organization_id") String organization,
                           @Context Request preconditions, @Valid @NotNull AccountRequest request) {
        return versioned(store.update(scope(organization), code, Versioned.ifMatch(preconditions), request.changes()))
                .written();
    }

    /** The caller's organization; a superadmin's choice (none: the shared chart alone). */
    private UUID scope(String organization) {
        return caller.isSuperadmin() ? QueryParams.uuid("organization_id", organization)
                : caller.organizationId().orElseThrow();
    }

    private static Versioned<AccountResponse> versioned(ChartAccount account) {
        return Versioned.of(AccountResponse.of(account), account.id(), account.version());
    }
}
