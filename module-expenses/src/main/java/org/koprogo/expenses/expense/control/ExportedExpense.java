package org.koprogo.expenses.expense.control;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.koprogo.expenses.expense.entity.ApprovalStatus;
import org.koprogo.expenses.expense.entity.Expense;
import org.koprogo.expenses.expense.entity.ExpenseCategory;
import org.koprogo.expenses.expense.entity.PaymentStatus;

/**
 * An expense of a building where the person holds a share, in their GDPR export (part {@code expenses}): the
 * expense API's names, and {@code paid} and {@code building_name} as KoproGo's export has them. Who supplied or
 * approved it stays out: it is not the person's data.
 */
public record ExportedExpense(UUID id, UUID buildingId, String buildingName, ExpenseCategory category,
                              String description, BigDecimal amount, OffsetDateTime expenseDate, boolean paid,
                              OffsetDateTime paidDate, PaymentStatus paymentStatus, ApprovalStatus approvalStatus) {

    static ExportedExpense of(Expense e, String buildingName) {
        return new ExportedExpense(e.getId(), e.getBuildingId(), buildingName, e.getCategory(), e.getDescription(),
                e.getAmount(), e.getExpenseDate(), e.getPaymentStatus() == PaymentStatus.PAID, e.getPaidDate(),
                e.getPaymentStatus(), e.getApprovalStatus());
    }
}
