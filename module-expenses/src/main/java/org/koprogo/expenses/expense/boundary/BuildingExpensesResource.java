package org.koprogo.expenses.expense.boundary;

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
import org.koprogo.expenses.expense.control.ExpenseStore;

/**
 * KoproGo's per-building expense list, a bare array as KoproGo answered it (paged in headers): module-expenses'
 * sub-resource of module-buildings' buildings.
 */
@Path("buildings/{buildingId}/expenses")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT, Role.Names.OWNER})
public class BuildingExpensesResource {

    @Inject
    ExpenseStore store;

    @OperationId("listBuildingExpenses")
    @Answer(status = 200, body = ExpenseResponse[].class, pageHeaders = true)
    @GET
    public Response list(@PathParam("buildingId") UUID buildingId, @BeanParam BareList list) {
        return list.answer(store.ofBuilding(buildingId, list.toRequest(ExpenseStore.SORTS.keySet(), "expense_date"),
                ExpenseResponse::of));
    }
}
