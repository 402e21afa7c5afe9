package org.koprogo.expenses.expense.control;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.koprogo.core.module.boundary.ModuleRegistry;
import org.koprogo.core.property.boundary.BuildingRecords;
import org.koprogo.expenses.ExpensesModule;
import org.koprogo.expenses.expense.entity.Expense;

/** module-expenses' side of the records contract: an expense's building, for the modules that link to it. */
@ApplicationScoped
public class ExpenseRecords implements BuildingRecords {

    @PersistenceContext(unitName = "expenses")
    EntityManager em;

    @Inject
    ModuleRegistry modules;

    @Override
    public String kind() {
        return EXPENSE;
    }

    @Override
    public Optional<RecordRef> find(UUID id) {
        // the jar may be installed while the module is disabled: then its tables do not exist
        if (!modules.current().isEnabled(ExpensesModule.NAME)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Expense.class, id))
                .map(expense -> new RecordRef(expense.getId(), expense.getOrganizationId(), expense.getBuildingId()));
    }
}
