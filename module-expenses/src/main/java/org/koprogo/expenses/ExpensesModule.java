package org.koprogo.expenses;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.koprogo.core.module.boundary.PlatformModule;

import org.koprogo.expenses.account.boundary.AccountsResource;
import org.koprogo.expenses.expense.boundary.BuildingExpensesResource;
import org.koprogo.expenses.expense.boundary.ExpensesResource;
/** Expenses, their approval workflow and the Belgian chart of accounts (PCMN). */
@ApplicationScoped
public class ExpensesModule implements PlatformModule {

    public static final String NAME = "expenses";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> requires() {
        return Set.of("buildings");
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/changelog/expenses.xml");
    }

    @Override
    public Set<Class<?>> resources() {
        return Set.of(ExpensesResource.class, BuildingExpensesResource.class, AccountsResource.class);
    }
}
