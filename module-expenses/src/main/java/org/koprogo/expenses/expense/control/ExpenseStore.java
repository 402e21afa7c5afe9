package org.koprogo.expenses.expense.control;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageRequest;
import org.koprogo.core.paging.control.JpaPages;
import org.koprogo.core.paging.control.Where;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.expenses.expense.boundary.ExpenseResponse;
import org.koprogo.expenses.expense.entity.Expense;

@ApplicationScoped
public class ExpenseStore {

    public static final Map<String, String> SORTS = Map.of("expense_date", "e.expenseDate", "amount", "e.amount");

    @PersistenceContext(unitName = "expenses")
    EntityManager em;

    public Page<ExpenseResponse> list(Caller caller, PageRequest request) {
        return JpaPages.list(em, Expense.class, Expense.SELECT_JPQL, Expense.COUNT_JPQL,
                Where.visibleTo(caller, "e.organizationId"), SORTS, "e.id",
                request, ExpenseResponse::of);
    }
}
