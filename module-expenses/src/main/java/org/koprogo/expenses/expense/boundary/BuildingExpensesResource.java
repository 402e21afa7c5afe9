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

import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageParams;
import org.koprogo.core.tenancy.boundary.Role;
import org.koprogo.expenses.expense.control.ExpenseStore;

/** KoproGo's per-building expense list: module-expenses' sub-resource of module-buildings' buildings. */
@Path("buildings/{buildingId}/expenses")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT, Role.Names.OWNER})
public class BuildingExpensesResource {

    @Inject
    ExpenseStore store;

    @GET
    public Page<ExpenseResponse> list(@PathParam("buildingId") UUID buildingId, @BeanParam PageParams params) {
        return store.ofBuilding(buildingId, params.toRequest(ExpenseStore.SORTS.keySet(), "expense_date"),
                ExpenseResponse::of);
    }
}
