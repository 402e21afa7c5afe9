package org.koprogo.expenses.expense.control;

import java.util.Locale;

import org.koprogo.core.stats.boundary.UrgentTask;
import org.koprogo.expenses.expense.entity.Expense;

/**
 * The expenses a syndic's dashboard lists as urgent, worded in French as KoproGo's dashboard words them (its web
 * client shows them as they come).
 */
final class ExpenseTasks {

    /** How long a pending payment waits before the dashboard reminds the syndic of it. */
    static final int REMINDER_DAYS = 30;

    private ExpenseTasks() {
    }

    static UrgentTask overdue(Expense expense) {
        return new UrgentTask(UrgentTask.Kind.EXPENSE,
                String.format(Locale.ROOT, "Charge en retard - %.2f€", expense.getAmount()),
                expense.getDescription(), UrgentTask.Priority.URGENT, expense.getBuildingId(), expense.getId(),
                expense.getExpenseDate());
    }

    /** One task for all of them. */
    static UrgentTask reminder(long longPending) {
        return new UrgentTask(UrgentTask.Kind.EXPENSE, "Relance paiements",
                longPending + " charges en attente depuis plus de " + REMINDER_DAYS + " jours",
                UrgentTask.Priority.HIGH, null, null, null);
    }
}
