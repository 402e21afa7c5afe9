package org.koprogo.expenses.expense.boundary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.koprogo.expenses.expense.entity.ApprovalStatus;
import org.koprogo.expenses.expense.entity.Expense;
import org.koprogo.expenses.expense.entity.ExpenseCategory;
import org.koprogo.expenses.expense.entity.PaymentStatus;

/** An expense as KoproGo's v1 clients read it, with the approval fields of its invoice view. */
public record ExpenseResponse(UUID id, UUID organizationId, UUID buildingId, ExpenseCategory category,
                              String description, BigDecimal amount, OffsetDateTime expenseDate, String supplier,
                              String invoiceNumber, String accountCode, PaymentStatus paymentStatus,
                              ApprovalStatus approvalStatus, OffsetDateTime submittedAt, UUID approvedBy,
                              OffsetDateTime approvedAt, String rejectionReason, OffsetDateTime paidDate,
                              OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static ExpenseResponse of(Expense e) {
        return new ExpenseResponse(e.getId(), e.getOrganizationId(), e.getBuildingId(), e.getCategory(),
                e.getDescription(), e.getAmount(), e.getExpenseDate(), e.getSupplier(), e.getInvoiceNumber(),
                e.getAccountCode(), e.getPaymentStatus(), e.getApprovalStatus(), e.getSubmittedAt(), e.getApprovedBy(),
                e.getApprovedAt(), e.getRejectionReason(), e.getPaidDate(), e.getCreatedAt(), e.getUpdatedAt());
    }
}
