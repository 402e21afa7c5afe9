package org.koprogo.expenses.expense.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.koprogo.core.stats.boundary.UrgentTask;
import org.koprogo.expenses.expense.entity.Expense;
import org.koprogo.expenses.expense.entity.ExpenseCategory;

/** The urgent tasks of expenses, in KoproGo's words. */
class ExpenseTasksTest {

    private static final OffsetDateTime DATE = OffsetDateTime.of(2025, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void anOverdueExpenseIsUrgentDueOnItsDateAndTitledWithItsAmountInCents() {
        UUID building = UUID.randomUUID();
        Expense expense = new Expense(UUID.randomUUID(), new Expense.Details(building, ExpenseCategory.REPAIRS,
                "Réparation toiture", new BigDecimal("1250.5"), DATE, null, null, null));

        UrgentTask task = ExpenseTasks.overdue(expense);

        assertEquals(new UrgentTask(UrgentTask.Kind.EXPENSE, "Charge en retard - 1250.50€", "Réparation toiture",
                UrgentTask.Priority.URGENT, building, expense.getId(), DATE), task);
    }

    @Test
    void theReminderCountsTheLongPendingPaymentsAndNamesNoBuildingNorDate() {
        UrgentTask reminder = ExpenseTasks.reminder(3);

        assertEquals("Relance paiements", reminder.title());
        assertEquals("3 charges en attente depuis plus de 30 jours", reminder.description());
        assertEquals(UrgentTask.Priority.HIGH, reminder.priority());
        assertEquals("expense", reminder.kind().toString());
        assertNull(reminder.buildingId());
        assertNull(reminder.entityId());
        assertNull(reminder.dueDate());
    }
}
