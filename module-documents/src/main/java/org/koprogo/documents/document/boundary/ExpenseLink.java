package org.koprogo.documents.document.boundary;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** KoproGo's body linking a document to an expense of its building (its invoice, say). */
public record ExpenseLink(@NotNull UUID expenseId) {

    static final String REQUIRED = "must be a JSON object with expense_id";
}
