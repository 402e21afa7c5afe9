package org.koprogo.expenses.expense.boundary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.koprogo.expenses.expense.entity.Expense;
import org.koprogo.expenses.expense.entity.ExpenseCategory;

/**
 * An expense as clients send it. KoproGo clients also send organization_id (only a superadmin's counts, and
 * only on create) and payment_status; the workflow, not the client, sets the statuses.
 */
public record ExpenseRequest(
        UUID organizationId,
        @NotNull UUID buildingId,
        @NotNull ExpenseCategory category,
        @NotBlank @Size(max = 1000) String description,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("999999999999.99")
        @Digits(integer = 12, fraction = 2) BigDecimal amount,
        @NotNull OffsetDateTime expenseDate,
        @Size(max = 255) String supplier,
        @Size(max = 100) String invoiceNumber,
        @Pattern(regexp = "[0-9]{1,20}", message = "must be an account code of the chart (digits)") String accountCode) {

    public Expense.Details details() {
        return new Expense.Details(buildingId, category, description.strip(), amount, expenseDate, blankless(supplier),
                blankless(invoiceNumber), accountCode);
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
