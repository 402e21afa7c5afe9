package org.koprogo.expenses.expense.boundary;

import java.util.UUID;
import java.util.function.Consumer;

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
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageParams;
import org.koprogo.core.paging.boundary.QueryParams;
import org.koprogo.core.rest.boundary.Created;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.core.tenancy.boundary.Role;
import org.koprogo.expenses.expense.control.ExpenseFilter;
import org.koprogo.expenses.expense.control.ExpenseStore;
import org.koprogo.expenses.expense.entity.ApprovalStatus;
import org.koprogo.expenses.expense.entity.Expense;
import org.koprogo.expenses.expense.entity.ExpenseCategory;
import org.koprogo.expenses.expense.entity.PaymentStatus;

@Answer(status = 200, body = ExpenseResponse.class)
@Path("expenses")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT, Role.Names.OWNER})
public class ExpensesResource {

    @Inject
    ExpenseStore store;

    @Inject
    Caller caller;

    @GET
    public Page<ExpenseResponse> list(@BeanParam PageParams params,
                                      @QueryParam("building_id") String building,
                                      @QueryParam("category") String category,
                                      @QueryParam("payment_status") String payment,
                                      @QueryParam("approval_status") String approval,
                                      @QueryParam("date_from") String from,
                                      @QueryParam("date_to") String to) {
        ExpenseFilter filter = new ExpenseFilter(QueryParams.uuid("building_id", building),
                WireEnum.parameter("category", category, ExpenseCategory.class),
                WireEnum.parameter("payment_status", payment, PaymentStatus.class),
                WireEnum.parameter("approval_status", approval, ApprovalStatus.class),
                QueryParams.timestamp("date_from", from, false), QueryParams.timestamp("date_to", to, true));
        return store.list(filter, params.toRequest(ExpenseStore.SORTS.keySet(), "expense_date"), ExpenseResponse::of);
    }

    @Answer(status = 201, body = ExpenseResponse.class, location = true)
    @POST
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull ExpenseRequest request, @Context UriInfo uri) {
        Expense created = store.create(request.details());
        return Created.at(uri, created.getId(), ExpenseResponse.of(created));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        return versioned(store.readable(id)).read(request);
    }

    /** Changes a draft or rejected expense. */
    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") UUID id, @Context Request preconditions,
                           @Valid @NotNull ExpenseRequest request) {
        return versioned(store.update(id, Versioned.ifMatch(preconditions), request.details())).written();
    }

    // The workflow's steps. KoproGo used PUT for some and POST for others: both work for each. Accountants submit,
    // pay and cancel; only a syndic or a superadmin approves or rejects. Only reject reads a body.

    @PUT
    @Path("{id}/{step: submit|submit-for-approval}")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT})
    public Response submit(@PathParam("id") UUID id, @Context Request preconditions) {
        return step(id, preconditions, Expense::submit);
    }

    @POST
    @Path("{id}/{step: submit|submit-for-approval}")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT})
    public Response postSubmit(@PathParam("id") UUID id, @Context Request preconditions) {
        return submit(id, preconditions);
    }

    @PUT
    @Path("{id}/approve")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    public Response approve(@PathParam("id") UUID id, @Context Request preconditions) {
        UUID approver = caller.userId();
        return step(id, preconditions, expense -> expense.approve(approver));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    public Response postApprove(@PathParam("id") UUID id, @Context Request preconditions) {
        return approve(id, preconditions);
    }

    @PUT
    @Path("{id}/reject")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reject(@PathParam("id") UUID id, @Context Request preconditions,
                           @Valid @NotNull(message = Rejection.REQUIRED) Rejection rejection) {
        UUID approver = caller.userId();
        String reason = rejection.rejectionReason().strip();
        return step(id, preconditions, expense -> expense.reject(approver, reason));
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response postReject(@PathParam("id") UUID id, @Context Request preconditions,
                               @Valid @NotNull(message = Rejection.REQUIRED) Rejection rejection) {
        return reject(id, preconditions, rejection);
    }

    @PUT
    @Path("{id}/mark-paid")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT})
    public Response markPaid(@PathParam("id") UUID id, @Context Request preconditions) {
        return step(id, preconditions, Expense::markPaid);
    }

    @POST
    @Path("{id}/mark-paid")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT})
    public Response postMarkPaid(@PathParam("id") UUID id, @Context Request preconditions) {
        return markPaid(id, preconditions);
    }

    @PUT
    @Path("{id}/cancel")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT})
    public Response cancel(@PathParam("id") UUID id, @Context Request preconditions) {
        return step(id, preconditions, Expense::cancel);
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT})
    public Response postCancel(@PathParam("id") UUID id, @Context Request preconditions) {
        return cancel(id, preconditions);
    }

    private Response step(UUID id, Request preconditions, Consumer<Expense> step) {
        return versioned(store.transition(id, Versioned.ifMatch(preconditions), step)).written();
    }

    private static Versioned<ExpenseResponse> versioned(Expense expense) {
        return Versioned.of(ExpenseResponse.of(expense), expense.getId(), expense.getVersion());
    }
}
