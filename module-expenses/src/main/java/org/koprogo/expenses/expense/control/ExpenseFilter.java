package org.koprogo.expenses.expense.control;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.koprogo.expenses.expense.entity.ApprovalStatus;
import org.koprogo.expenses.expense.entity.ExpenseCategory;
import org.koprogo.expenses.expense.entity.PaymentStatus;

/** The expense list's filters; null means any. The date range includes both ends. */
public record ExpenseFilter(UUID buildingId, ExpenseCategory category, PaymentStatus paymentStatus,
                            ApprovalStatus approvalStatus, OffsetDateTime from, OffsetDateTime to) {

    public static ExpenseFilter ofBuilding(UUID buildingId) {
        return new ExpenseFilter(buildingId, null, null, null, null, null);
    }
}
