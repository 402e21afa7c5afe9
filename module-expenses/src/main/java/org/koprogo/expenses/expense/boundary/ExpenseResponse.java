package org.koprogo.expenses.expense.boundary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.koprogo.expenses.expense.entity.Expense;

/** An expense as KoproGo's v1 clients read it. */
public record ExpenseResponse(UUID id, UUID organizationId, UUID buildingId, String category, String description,
                              BigDecimal amount, OffsetDateTime expenseDate, String supplier, String invoiceNumber,
                              String accountCode, String paymentStatus, String approvalStatus,
                              OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static ExpenseResponse of(Expense e) {
        return new ExpenseResponse(e.getId(), e.getOrganizationId(), e.getBuildingId(), e.getCategory(),
                e.getDescription(), e.getAmount(), e.getExpenseDate(), e.getSupplier(), e.getInvoiceNumber(),
                e.getAccountCode(), e.getPaymentStatus(), e.getApprovalStatus(), e.getCreatedAt(), e.getUpdatedAt());
    }
}
