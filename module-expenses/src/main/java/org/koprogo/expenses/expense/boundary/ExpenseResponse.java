package org.koprogo.expenses.expense.boundary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An expense as KoproGo's v1 clients read it. */
public record ExpenseResponse(UUID id, UUID organizationId, UUID buildingId, String category, String description,
                              BigDecimal amount, OffsetDateTime expenseDate, String supplier, String invoiceNumber,
                              String accountCode, String paymentStatus, String approvalStatus,
                              OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static final String SELECT = "select new " + ExpenseResponse.class.getName()
            + "(e.id, e.organizationId, e.buildingId, e.category, e.description, e.amount, e.expenseDate,"
            + " e.supplier, e.invoiceNumber, e.accountCode, e.paymentStatus, e.approvalStatus, e.createdAt,"
            + " e.updatedAt) from Expense e";
}
