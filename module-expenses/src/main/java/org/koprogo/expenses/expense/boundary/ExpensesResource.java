package org.koprogo.expenses.expense.boundary;

import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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

import org.koprogo.core.json.boundary.WireEnum;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageParams;
import org.koprogo.core.paging.boundary.QueryParams;
import org.koprogo.core.rest.boundary.Created;
import org.koprogo.core.tenancy.boundary.Role;
import org.koprogo.expenses.expense.control.ExpenseStore;
import org.koprogo.expenses.expense.control.WorkflowSteps;
import org.koprogo.expenses.expense.entity.ApprovalStatus;
import org.koprogo.expenses.expense.entity.ExpenseCategory;
import org.koprogo.expenses.expense.entity.PaymentStatus;

@Path("expenses")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT, Role.Names.OWNER})
public class ExpensesResource {

    @Inject
    ExpenseStore store;

    @Inject
    WorkflowSteps steps;

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
        return store.list(filter, params.toRequest(ExpenseStore.SORTS.keySet(), "expense_date"));
    }

    @POST
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull ExpenseRequest request, @Context UriInfo uri) {
        ExpenseResponse created = store.create(request);
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        return store.find(id).orElseThrow(() -> new NotFoundException("No expense " + id)).read(request);
    }

    /** Changes a draft or rejected expense. */
    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") UUID id, @Context Request preconditions,
                           @Valid @NotNull ExpenseRequest request) {
        return store.update(id, preconditions, request).written();
    }

    /** submit, approve, reject, mark-paid or cancel; KoproGo used PUT for some and POST for others, both work. */
    @PUT
    @Path("{id}/{step}")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT})
    public Response step(@PathParam("id") UUID id, @PathParam("step") String step, @Context Request preconditions,
                         String body) throws JsonProcessingException {
        return store.transition(id, preconditions, steps.named(step, body)).written();
    }

    @POST
    @Path("{id}/{step}")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT})
    public Response postStep(@PathParam("id") UUID id, @PathParam("step") String step,
                             @Context Request preconditions, String body) throws JsonProcessingException {
        return step(id, step, preconditions, body);
    }
}
