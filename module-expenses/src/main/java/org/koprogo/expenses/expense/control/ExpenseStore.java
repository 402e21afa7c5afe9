package org.koprogo.expenses.expense.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Request;

import org.koprogo.core.conditional.boundary.Versioned;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageRequest;
import org.koprogo.core.paging.boundary.JpaPages;
import org.koprogo.core.refusal.boundary.InvalidInput;
import org.koprogo.core.property.boundary.PropertyDirectory;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.core.property.boundary.PropertyDirectory.BuildingRef;
import org.koprogo.core.tenancy.boundary.Visibility;
import org.koprogo.expenses.account.control.AccountChart;
import org.koprogo.expenses.expense.boundary.ExpenseFilter;
import org.koprogo.expenses.expense.boundary.ExpenseRequest;
import org.koprogo.expenses.expense.boundary.ExpenseResponse;
import org.koprogo.expenses.expense.entity.Expense;
import org.koprogo.core.refusal.boundary.InvalidField;

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

    public Page<ExpenseResponse> list(ExpenseFilter filter, PageRequest request) {
        return JpaPages.list(em, Expense.class, Expense.SELECT_JPQL, Expense.COUNT_JPQL,
                visibility.where("e.organizationId", "e.buildingId")
                        .and("e.buildingId = :building", "building", filter.buildingId())
                        .and("e.category = :category", "category", filter.category())
                        .and("e.paymentStatus = :payment", "payment", filter.paymentStatus())
                        .and("e.approvalStatus = :approval", "approval", filter.approvalStatus())
                        .and("e.expenseDate >= :from", "from", filter.from())
                        .and("e.expenseDate <= :to", "to", filter.to()),
                SORTS, "e.id", request, ExpenseResponse::of);
    }

    /** KoproGo's per-building list; 404 unless the caller may read the building. */
    public Page<ExpenseResponse> ofBuilding(UUID buildingId, PageRequest request) {
        property.building(buildingId)
                .filter(building -> visibility.canSee(building.organizationId(), building.id()))
                .orElseThrow(() -> new NotFoundException("No building " + buildingId));
        return list(ExpenseFilter.ofBuilding(buildingId), request);
    }

    @Transactional
    public ExpenseResponse create(ExpenseRequest request) {
        BuildingRef building = writableBuilding(request.buildingId());
        requireAccount(building.organizationId(), request.accountCode());
        Expense expense = new Expense(building.organizationId(), request.details());
        em.persist(expense);
        em.flush();
        return ExpenseResponse.of(expense);
    }

    public Optional<Versioned<ExpenseResponse>> find(UUID id) {
        return visible(id).map(ExpenseStore::versioned);
    }

    @Transactional
    public Versioned<ExpenseResponse> update(UUID id, Request preconditions, ExpenseRequest request) {
        Expense expense = existing(id, preconditions);
        BuildingRef building = writableBuilding(request.buildingId());
        if (!building.organizationId().equals(expense.getOrganizationId())) {
            throw new NotFoundException("No building " + request.buildingId());
        }
        requireAccount(expense.getOrganizationId(), request.accountCode());
        expense.describe(request.details());
        em.flush();
        return versioned(expense);
    }

    /** Applies one workflow step; the entity refuses steps its state does not allow (409). */
    @Transactional
    public Versioned<ExpenseResponse> transition(UUID id, Request preconditions, Consumer<Expense> step) {
        Expense expense = existing(id, preconditions);
        step.accept(expense);
        em.flush();
        return versioned(expense);
    }

    private BuildingRef writableBuilding(UUID id) {
        return property.building(id).filter(building -> caller.canSee(building.organizationId()))
                .orElseThrow(() -> new NotFoundException("No building " + id));
    }

    private void requireAccount(UUID organizationId, String code) {
        if (code != null && !chart.has(organizationId, code)) {
            throw new InvalidInput(List.of(InvalidField.inBody("#/account_code",
                    "is not an account of the organization's chart")));
        }
    }

    private Expense existing(UUID id, Request preconditions) {
        Expense expense = visible(id).orElseThrow(() -> new NotFoundException("No expense " + id));
        Versioned.requireMatch(preconditions, Versioned.tagOf(id, expense.getVersion()));
        return expense;
    }

    private Optional<Expense> visible(UUID id) {
        return Optional.ofNullable(em.find(Expense.class, id))
                .filter(expense -> visibility.canSee(expense.getOrganizationId(), expense.getBuildingId()));
    }

    private static Versioned<ExpenseResponse> versioned(Expense expense) {
        return Versioned.of(ExpenseResponse.of(expense), expense.getId(), expense.getVersion());
    }
}
