package org.koprogo.expenses.expense.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageParams;
import org.koprogo.expenses.expense.control.ExpenseStore;

@Path("expenses")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExpensesResource {

    @Inject
    ExpenseStore store;

    @GET
    public Page<ExpenseResponse> list(@Valid @BeanParam PageParams params) {
        return store.list(params.toRequest(ExpenseStore.SORTS.keySet(), "expense_date"));
    }
}
