package org.koprogo.expenses.expense.boundary;

/** KoproGo's reject body; its rejected_by_user_id is ignored, the token says who rejects. */
public record Rejection(String rejectionReason) {
}
