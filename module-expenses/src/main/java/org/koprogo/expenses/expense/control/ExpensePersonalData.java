package org.koprogo.expenses.expense.control;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.koprogo.core.privacy.boundary.DataSubject;
import org.koprogo.core.privacy.boundary.ErasureHold;
import org.koprogo.core.privacy.boundary.ExportPart;
import org.koprogo.core.privacy.boundary.HeldBuildings;
import org.koprogo.core.privacy.boundary.PersonalData;
import org.koprogo.core.property.boundary.PropertyDirectory;
import org.koprogo.core.property.boundary.PropertyDirectory.BuildingRef;
import org.koprogo.expenses.ExpensesModule;
import org.koprogo.expenses.expense.entity.Expense;

/**
 * module-expenses' part of a person's GDPR rights: the expenses of the buildings where their owner record holds an
 * active share, and the hold their unpaid ones put on an erasure. An expense names no person (its approver is a
 * user id), so erasing changes nothing here: the amounts stay for the co-ownership's accounts.
 */
@ApplicationScoped
public class ExpensePersonalData implements PersonalData {

    static final ExportPart EXPENSES = ExportPart.list("expenses");

    /** Expenses read per query, so a building with years of them is streamed in bounded memory. */
    static final int BATCH = 500;

    /** Keyset pages of a building's expenses on index expenses_building_date (building_id, expense_date, id). */
    private static final String FIRST = "select e from Expense e where e.buildingId = :building";
    private static final String AFTER = FIRST
            + " and (e.expenseDate > :date or (e.expenseDate = :date and e.id > :id))";
    private static final String IN_ORDER = " order by e.expenseDate, e.id";
    private static final String UNPAID = " from Expense e where e.buildingId in :buildings"
            + " and e.approvalStatus = :approved and e.paymentStatus in :unpaid";

    @PersistenceContext(unitName = "expenses")
    EntityManager em;

    /** The buildings' names (module-expenses requires module-buildings). */
    @Inject
    PropertyDirectory property;

    /** module-owners knows whose the buildings are; without it nobody holds any. */
    @Inject
    Instance<HeldBuildings> holdings;

    @Override
    public String module() {
        return ExpensesModule.NAME;
    }

    @Override
    public List<ExportPart> parts() {
        return List.of(EXPENSES);
    }

    @Override
    public void export(DataSubject subject, ExportPart part, Consumer<Object> records) {
        if (!EXPENSES.equals(part)) {
            throw new IllegalArgumentException("module-expenses writes no part " + part.name());
        }
        held(subject).stream().sorted().forEach(building -> expenses(building, records));
    }

    private void expenses(UUID building, Consumer<Object> records) {
        String name = property.building(building).map(BuildingRef::name).orElse(null);
        List<Expense> batch = em.createQuery(FIRST + IN_ORDER, Expense.class).setParameter("building", building)
                .setMaxResults(BATCH).getResultList();
        while (true) {
            batch.forEach(expense -> {
                records.accept(ExportedExpense.of(expense, name));
                em.detach(expense); // handed on: the persistence context keeps no more than a batch
            });
            if (batch.size() < BATCH) {
                return;
            }
            Expense last = batch.get(batch.size() - 1);
            batch = em.createQuery(AFTER + IN_ORDER, Expense.class).setParameter("building", building)
                    .setParameter("date", last.getExpenseDate()).setParameter("id", last.getId())
                    .setMaxResults(BATCH).getResultList();
        }
    }

    @Override
    public List<ErasureHold> holds(DataSubject subject) {
        Set<UUID> buildings = held(subject);
        if (buildings.isEmpty()) {
            return List.of();
        }
        long count = unpaid("select count(e)", buildings, Long.class).getSingleResult();
        List<UUID> first = unpaid("select e.id", buildings, UUID.class).setMaxResults(UnpaidExpenses.NAMED)
                .getResultList();
        return UnpaidExpenses.hold(count, first).stream().toList();
    }

    private <T> TypedQuery<T> unpaid(String select, Set<UUID> buildings, Class<T> type) {
        return em.createQuery(select + UNPAID, type).setParameter("buildings", buildings)
                .setParameter("approved", UnpaidExpenses.APPROVED).setParameter("unpaid", UnpaidExpenses.UNPAID);
    }

    @Override
    public Map<String, Integer> erase(DataSubject subject) {
        return Map.of();
    }

    private Set<UUID> held(DataSubject subject) {
        return subject.owner().filter(owner -> holdings.isResolvable())
                .map(owner -> holdings.get().heldBy(owner)).orElse(Set.of());
    }
}
