package org.koprogo.expenses.expense.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.koprogo.expenses.expense.entity.ApprovalStatus;
import org.koprogo.expenses.expense.entity.Expense;
import org.koprogo.expenses.expense.entity.ExpenseCategory;
import org.koprogo.expenses.expense.entity.PaymentStatus;

class ExportedExpenseTest {

    private final Expense expense = new Expense(UUID.randomUUID(), new Expense.Details(UUID.randomUUID(),
            ExpenseCategory.REPAIRS, "Lift repair", new BigDecimal("1250.00"),
            OffsetDateTime.of(2026, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC), "Ascenseurs SA", "ASC-1", "610000"));

    @Test
    void anExpenseIsPaidOnlyOnceMarkedPaid() {
        expense.submit();
        expense.approve(UUID.randomUUID());
        ExportedExpense owed = ExportedExpense.of(expense, "Résidence");
        assertFalse(owed.paid());
        assertNull(owed.paidDate());
        assertEquals(ApprovalStatus.APPROVED, owed.approvalStatus());

        expense.markPaid();

        ExportedExpense paid = ExportedExpense.of(expense, "Résidence");
        assertTrue(paid.paid());
        assertNotNull(paid.paidDate());
        assertEquals(PaymentStatus.PAID, paid.paymentStatus());
        assertEquals(new BigDecimal("1250.00"), paid.amount());
        assertEquals("Résidence", paid.buildingName());
    }
}
