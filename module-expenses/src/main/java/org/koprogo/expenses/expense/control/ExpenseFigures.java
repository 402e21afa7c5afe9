package org.koprogo.expenses.expense.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.koprogo.core.database.boundary.Timestamps;
import org.koprogo.core.stats.boundary.Figure;
import org.koprogo.core.stats.boundary.Figures;
import org.koprogo.core.stats.boundary.RowCounts;
import org.koprogo.core.stats.boundary.Scope;
import org.koprogo.core.stats.boundary.StatsContributor;
import org.koprogo.core.stats.boundary.UrgentTask;
import org.koprogo.expenses.expense.entity.Expense;
import org.koprogo.expenses.expense.entity.PaymentStatus;

/**
 * module-expenses' part of the dashboards: expenses, those awaiting payment, and the urgent ones (index
 * expenses_organization_payment: organization, payment status, date).
 */
@ApplicationScoped
public class ExpenseFigures implements StatsContributor {

    /** KoproGo's dashboard lists the 5 oldest overdue expenses. */
    static final int OVERDUE_SHOWN = 5;

    private static final String PENDING = "select count(e), coalesce(sum(e.amount), 0) from Expense e"
            + " where e.paymentStatus = :pending and ";

    @PersistenceContext(unitName = "expenses")
    EntityManager em;

    @Override
    public String module() {
        return "expenses";
    }

    @Override
    public Figures figures(Scope scope, Set<Figure> wanted) {
        Figures figures = Figures.NONE;
        if (wanted.contains(Figure.EXPENSES) && !(scope instanceof Scope.Holder)) {
            figures = figures.with(Figure.EXPENSES, RowCounts.of(em, Expense.class, scope));
        }
        if (wanted.contains(Figure.PENDING_EXPENSES) || wanted.contains(Figure.PENDING_EXPENSES_AMOUNT)) {
            figures = figures.plus(pending(scope));
        }
        return figures;
    }

    private Figures pending(Scope scope) {
        Object[] pending;
        if (scope instanceof Scope.Organizations organizations && !organizations.ids().isEmpty()) {
            pending = em.createQuery(PENDING + "e.organizationId in :scope", Object[].class)
                    .setParameter("pending", PaymentStatus.PENDING).setParameter("scope", organizations.ids())
                    .getSingleResult();
        } else if (scope instanceof Scope.Holder holder && !holder.buildings().isEmpty()) {
            pending = em.createQuery(PENDING + "e.buildingId in :scope", Object[].class)
                    .setParameter("pending", PaymentStatus.PENDING).setParameter("scope", holder.buildings())
                    .getSingleResult();
        } else {
            return Figures.NONE;
        }
        return Figures.NONE.with(Figure.PENDING_EXPENSES, RowCounts.number(pending[0]))
                .with(Figure.PENDING_EXPENSES_AMOUNT, (BigDecimal) pending[1]);
    }

    /** The oldest overdue expenses, then one reminder of the payments pending for over 30 days. */
    @Override
    public List<UrgentTask> urgentTasks(Scope scope) {
        if (!(scope instanceof Scope.Organizations organizations) || organizations.ids().isEmpty()) {
            return List.of();
        }
        List<UrgentTask> tasks = new ArrayList<>(em.createQuery("select e from Expense e"
                        + " where e.organizationId in :scope and e.paymentStatus = :overdue"
                        + " order by e.expenseDate, e.id", Expense.class)
                .setParameter("scope", organizations.ids()).setParameter("overdue", PaymentStatus.OVERDUE)
                .setMaxResults(OVERDUE_SHOWN).getResultStream().map(ExpenseTasks::overdue).toList());
        long longPending = em.createQuery("select count(e) from Expense e where e.organizationId in :scope"
                        + " and e.paymentStatus = :pending and e.expenseDate < :before", Long.class)
                .setParameter("scope", organizations.ids()).setParameter("pending", PaymentStatus.PENDING)
                .setParameter("before", Timestamps.now().minusDays(ExpenseTasks.REMINDER_DAYS)).getSingleResult();
        if (longPending > 0) {
            tasks.add(ExpenseTasks.reminder(longPending));
        }
        return tasks;
    }
}
