package org.koprogo.expenses.expense.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** KoproGo's reject body; its rejected_by_user_id is ignored, the token says who rejects. */
public record Rejection(
        @NotBlank(message = WHY) @Size(max = 1000, message = WHY) String rejectionReason) {

    static final String WHY = "must say why, in 1 to 1000 characters";
    static final String REQUIRED = "must be a JSON object with rejection_reason";
}
