package org.koprogo.expenses.expense.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.koprogo.core.conditional.boundary.IfMatch;
import org.koprogo.core.paging.boundary.JpaPages;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageRequest;
import org.koprogo.core.property.boundary.PropertyDirectory;
import org.koprogo.core.property.boundary.PropertyDirectory.BuildingRef;
import org.koprogo.core.refusal.boundary.InvalidField;
import org.koprogo.core.refusal.boundary.InvalidInput;
import org.koprogo.core.refusal.boundary.NotFound;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.core.tenancy.boundary.Visibility;
import org.koprogo.expenses.account.control.AccountChart;
import org.koprogo.expenses.expense.entity.Expense;

/** Expenses of the caller's buildings; an expense belongs to its building's organization. */
@ApplicationScoped
public class ExpenseStore {

    /** Wire names clients may sort by, each served by an index on (organization_id, column, id). */
    public static final Map<String, String> SORTS = Map.of("expense_date", "e.expenseDate", "amount", "e.amount",
            "created_at", "e.createdAt");

    @PersistenceContext(unitName = "expenses")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Visibility visibility;

    @Inject
    PropertyDirectory property;

    @Inject
    AccountChart chart;

    /** @param view what the page holds of each expense */
    public <T> Page<T> list(ExpenseFilter filter, PageRequest request, Function<Expense, T> view) {
        return JpaPages.list(em, Expense.class, Expense.SELECT_JPQL, Expense.COUNT_JPQL,
                visibility.where("e.organizationId", "e.buildingId")
                        .and("e.buildingId = :building", "building", filter.buildingId())
                        .and("e.category = :category", "category", filter.category())
                        .and("e.paymentStatus = :payment", "payment", filter.paymentStatus())
                        .and("e.approvalStatus = :approval", "approval", filter.approvalStatus())
                        .and("e.expenseDate >= :from", "from", filter.from())
                        .and("e.expenseDate <= :to", "to", filter.to()),
                SORTS, "e.id", request, view);
    }

    /** KoproGo's per-building list; 404 unless the caller may read the building. */
    public <T> Page<T> ofBuilding(UUID buildingId, PageRequest request, Function<Expense, T> view) {
        property.building(buildingId)
                .filter(building -> visibility.canSee(building.organizationId(), building.id()))
                .orElseThrow(() -> noBuilding(buildingId));
        return list(ExpenseFilter.ofBuilding(buildingId), request, view);
    }

    @Transactional
    public Expense create(Expense.Details details) {
        BuildingRef building = writableBuilding(details.buildingId());
        requireAccount(building.organizationId(), details.accountCode());
        Expense expense = new Expense(building.organizationId(), details);
        em.persist(expense);
        em.flush();
        return expense;
    }

    /** The expense; 404 unless it exists and the caller may read it. */
    public Expense readable(UUID id) {
        return visible(id).orElseThrow(() -> new NotFound("No expense " + id));
    }

    @Transactional
    public Expense update(UUID id, IfMatch ifMatch, Expense.Details details) {
        Expense expense = existing(id, ifMatch);
        BuildingRef building = writableBuilding(details.buildingId());
        if (!building.organizationId().equals(expense.getOrganizationId())) {
            throw noBuilding(details.buildingId());
        }
        requireAccount(expense.getOrganizationId(), details.accountCode());
        expense.describe(details);
        em.flush();
        return expense;
    }

    /** Applies one workflow step; the entity refuses steps its state does not allow (409). */
    @Transactional
    public Expense transition(UUID id, IfMatch ifMatch, Consumer<Expense> step) {
        Expense expense = existing(id, ifMatch);
        step.accept(expense);
        em.flush();
        return expense;
    }

    private BuildingRef writableBuilding(UUID id) {
        return property.building(id).filter(building -> caller.canSee(building.organizationId()))
                .orElseThrow(() -> noBuilding(id));
    }

    private static NotFound noBuilding(UUID id) {
        return new NotFound("No building " + id);
    }

    private void requireAccount(UUID organizationId, String code) {
        if (code != null && !chart.has(organizationId, code)) {
            throw new InvalidInput(List.of(InvalidField.inBody("#/account_code",
                    "is not an account of the organization's chart")));
        }
    }

    private Expense existing(UUID id, IfMatch ifMatch) {
        Expense expense = readable(id);
        ifMatch.require(id, expense.getVersion());
        return expense;
    }

    private Optional<Expense> visible(UUID id) {
        return Optional.ofNullable(em.find(Expense.class, id))
                .filter(expense -> visibility.canSee(expense.getOrganizationId(), expense.getBuildingId()));
    }
}
