package org.koprogo.expenses.expense.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.expenses.expense.entity.ApprovalStatus.APPROVED;
import static org.koprogo.expenses.expense.entity.ApprovalStatus.DRAFT;
import static org.koprogo.expenses.expense.entity.ApprovalStatus.PENDING_APPROVAL;
import static org.koprogo.expenses.expense.entity.ApprovalStatus.REJECTED;
import static org.koprogo.expenses.expense.entity.PaymentStatus.CANCELLED;
import static org.koprogo.expenses.expense.entity.PaymentStatus.PAID;
import static org.koprogo.expenses.expense.entity.PaymentStatus.PENDING;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.koprogo.core.refusal.boundary.RuleViolation;

/**
 * Every step from every state the entity can reach, as one table: the state it leads to, or the rule that
 * refuses it (a {@link RuleViolation}, answered 409) leaving the expense as it was. OVERDUE is not in the
 * table: no step of the entity leads there.
 */
class ExpenseWorkflowTest {

    private static final UUID APPROVER = UUID.randomUUID();

    enum Step {
        SUBMIT(Expense::submit),
        APPROVE(expense -> expense.approve(APPROVER)),
        REJECT(expense -> expense.reject(APPROVER, "invoice missing")),
        MARK_PAID(Expense::markPaid),
        CANCEL(Expense::cancel),
        EDIT(expense -> expense.describe(details(new BigDecimal("99.99"))));

        final Consumer<Expense> action;

        Step(Consumer<Expense> action) {
            this.action = action;
        }
    }

    /** A state the entity reaches through its own steps. */
    record State(ApprovalStatus approval, PaymentStatus payment) {

        Expense reached() {
            Expense expense = new Expense(UUID.randomUUID(), details(new BigDecimal("120.50")));
            if (approval != DRAFT) {
                expense.submit();
            }
            if (approval == APPROVED) {
                expense.approve(APPROVER);
            } else if (approval == REJECTED) {
                expense.reject(APPROVER, "first try");
            }
            if (payment == PAID) {
                expense.markPaid();
            } else if (payment == CANCELLED) {
                expense.cancel();
            }
            assertEquals(this, State.of(expense), "set-up reached the wrong state");
            return expense;
        }

        static State of(Expense expense) {
            return new State(expense.getApprovalStatus(), expense.getPaymentStatus());
        }
    }

    /** {@code to} is null when the step is refused. */
    record Row(State from, Step step, State to) {
        @Override
        public String toString() {
            return from.approval() + "/" + from.payment() + " --" + step + "--> "
                    + (to == null ? "refused" : to.approval() + "/" + to.payment());
        }
    }

    private static final List<State> STATES = List.of(
            new State(DRAFT, PENDING), new State(PENDING_APPROVAL, PENDING), new State(APPROVED, PENDING),
            new State(REJECTED, PENDING), new State(APPROVED, PAID),
            new State(DRAFT, CANCELLED), new State(PENDING_APPROVAL, CANCELLED), new State(APPROVED, CANCELLED),
            new State(REJECTED, CANCELLED));

    static List<Row> workflow() {
        return List.of(
                row(DRAFT, PENDING, Step.SUBMIT, PENDING_APPROVAL, PENDING),
                refused(DRAFT, PENDING, Step.APPROVE),
                refused(DRAFT, PENDING, Step.REJECT),
                refused(DRAFT, PENDING, Step.MARK_PAID),
                row(DRAFT, PENDING, Step.CANCEL, DRAFT, CANCELLED),
                row(DRAFT, PENDING, Step.EDIT, DRAFT, PENDING),

                refused(PENDING_APPROVAL, PENDING, Step.SUBMIT),
                row(PENDING_APPROVAL, PENDING, Step.APPROVE, APPROVED, PENDING),
                row(PENDING_APPROVAL, PENDING, Step.REJECT, REJECTED, PENDING),
                refused(PENDING_APPROVAL, PENDING, Step.MARK_PAID),
                row(PENDING_APPROVAL, PENDING, Step.CANCEL, PENDING_APPROVAL, CANCELLED),
                refused(PENDING_APPROVAL, PENDING, Step.EDIT),

                refused(APPROVED, PENDING, Step.SUBMIT),
                refused(APPROVED, PENDING, Step.APPROVE),
                refused(APPROVED, PENDING, Step.REJECT),
                row(APPROVED, PENDING, Step.MARK_PAID, APPROVED, PAID),
                row(APPROVED, PENDING, Step.CANCEL, APPROVED, CANCELLED),
                refused(APPROVED, PENDING, Step.EDIT),

                row(REJECTED, PENDING, Step.SUBMIT, PENDING_APPROVAL, PENDING),
                refused(REJECTED, PENDING, Step.APPROVE),
                refused(REJECTED, PENDING, Step.REJECT),
                refused(REJECTED, PENDING, Step.MARK_PAID),
                row(REJECTED, PENDING, Step.CANCEL, REJECTED, CANCELLED),
                row(REJECTED, PENDING, Step.EDIT, REJECTED, PENDING),

                refused(APPROVED, PAID, Step.SUBMIT),
                refused(APPROVED, PAID, Step.APPROVE),
                refused(APPROVED, PAID, Step.REJECT),
                refused(APPROVED, PAID, Step.MARK_PAID),
                refused(APPROVED, PAID, Step.CANCEL),
                refused(APPROVED, PAID, Step.EDIT),

                refused(DRAFT, CANCELLED, Step.SUBMIT),
                refused(DRAFT, CANCELLED, Step.APPROVE),
                refused(DRAFT, CANCELLED, Step.REJECT),
                refused(DRAFT, CANCELLED, Step.MARK_PAID),
                refused(DRAFT, CANCELLED, Step.CANCEL),
                refused(DRAFT, CANCELLED, Step.EDIT),

                // cancelled while pending approval: closed, so no one approves or rejects it any more
                refused(PENDING_APPROVAL, CANCELLED, Step.SUBMIT),
                refused(PENDING_APPROVAL, CANCELLED, Step.APPROVE),
                refused(PENDING_APPROVAL, CANCELLED, Step.REJECT),
                refused(PENDING_APPROVAL, CANCELLED, Step.MARK_PAID),
                refused(PENDING_APPROVAL, CANCELLED, Step.CANCEL),
                refused(PENDING_APPROVAL, CANCELLED, Step.EDIT),

                refused(APPROVED, CANCELLED, Step.SUBMIT),
                refused(APPROVED, CANCELLED, Step.APPROVE),
                refused(APPROVED, CANCELLED, Step.REJECT),
                refused(APPROVED, CANCELLED, Step.MARK_PAID),
                refused(APPROVED, CANCELLED, Step.CANCEL),
                refused(APPROVED, CANCELLED, Step.EDIT),

                refused(REJECTED, CANCELLED, Step.SUBMIT),
                refused(REJECTED, CANCELLED, Step.APPROVE),
                refused(REJECTED, CANCELLED, Step.REJECT),
                refused(REJECTED, CANCELLED, Step.MARK_PAID),
                refused(REJECTED, CANCELLED, Step.CANCEL),
                refused(REJECTED, CANCELLED, Step.EDIT));
    }

    private static Row row(ApprovalStatus approval, PaymentStatus payment, Step step, ApprovalStatus toApproval,
                           PaymentStatus toPayment) {
        return new Row(new State(approval, payment), step, new State(toApproval, toPayment));
    }

    private static Row refused(ApprovalStatus approval, PaymentStatus payment, Step step) {
        return new Row(new State(approval, payment), step, null);
    }

    static Expense.Details details(BigDecimal amount) {
        return new Expense.Details(UUID.randomUUID(), ExpenseCategory.REPAIRS, "Roof repair", amount,
                OffsetDateTime.of(2025, 10, 30, 0, 0, 0, 0, ZoneOffset.UTC), "Toitures SA", "F-2025-001", "610000");
    }

    @Test
    void theTableHasOneRowForEveryReachableStateAndEveryStep() {
        Set<String> pairs = new HashSet<>();
        for (Row row : workflow()) {
            assertTrue(STATES.contains(row.from()), "not a reachable state: " + row);
            assertTrue(pairs.add(row.from() + " " + row.step()), "twice in the table: " + row);
        }
        assertEquals(STATES.size() * Step.values().length, pairs.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflow")
    void eachStepLeadsToItsStateOrIsRefusedLeavingTheExpenseUnchanged(Row row) {
        Expense expense = row.from().reached();
        if (row.to() == null) {
            BigDecimal amount = expense.getAmount();
            RuleViolation refusal = assertThrows(RuleViolation.class, () -> row.step().action.accept(expense));
            assertEquals(row.from(), State.of(expense));
            assertEquals(amount, expense.getAmount());
        } else {
            row.step().action.accept(expense);
            assertEquals(row.to(), State.of(expense));
        }
    }

    @Test
    void aNewExpenseIsAPendingDraft() {
        Expense expense = new Expense(UUID.randomUUID(), details(new BigDecimal("10.00")));
        assertEquals(new State(DRAFT, PENDING), State.of(expense));
        assertNull(expense.getSubmittedAt());
        assertEquals(expense.getCreatedAt(), expense.getUpdatedAt());
    }

    @Test
    void aRefusalNamesTheStateTheExpenseIsIn() {
        Expense expense = new State(APPROVED, PENDING).reached();
        RuleViolation refusal = assertThrows(RuleViolation.class, expense::submit);
        assertEquals("Only a draft or rejected expense can be submitted; this one is Approved", refusal.getMessage());
        Expense paid = new State(APPROVED, PAID).reached();
        assertEquals("The expense is already Paid", assertThrows(RuleViolation.class, paid::cancel).getMessage());
    }

    @Test
    void aCancelledDraftCannotBeSubmittedForThatReason() {
        Expense expense = new State(DRAFT, CANCELLED).reached();
        assertEquals("The expense was cancelled",
                assertThrows(RuleViolation.class, expense::submit).getMessage());
    }

    @Test
    void approvingRecordsTheApproverAndWhen() {
        Expense expense = new State(PENDING_APPROVAL, PENDING).reached();
        UUID approver = UUID.randomUUID();
        expense.approve(approver);
        assertEquals(approver, expense.getApprovedBy());
        assertNotNull(expense.getApprovedAt());
        assertNull(expense.getRejectionReason());
    }

    @Test
    void rejectingKeepsTheReasonUntilTheExpenseIsSubmittedAgain() {
        Expense expense = new State(PENDING_APPROVAL, PENDING).reached();
        UUID approver = UUID.randomUUID();
        expense.reject(approver, "wrong supplier");
        assertEquals("wrong supplier", expense.getRejectionReason());
        assertEquals(approver, expense.getApprovedBy());
        expense.submit();
        assertNull(expense.getRejectionReason());
        assertNotNull(expense.getSubmittedAt());
    }

    @Test
    void payingRecordsTheDate() {
        Expense expense = new State(APPROVED, PENDING).reached();
        assertNull(expense.getPaidDate());
        expense.markPaid();
        assertNotNull(expense.getPaidDate());
    }

    @Test
    void editingADraftReplacesItsDetails() {
        Expense expense = new State(DRAFT, PENDING).reached();
        Expense.Details changed = new Expense.Details(UUID.randomUUID(), ExpenseCategory.CLEANING, "Stairs",
                new BigDecimal("45.10"), OffsetDateTime.of(2025, 11, 2, 0, 0, 0, 0, ZoneOffset.UTC), null, null, null);
        expense.describe(changed);
        assertEquals(changed.buildingId(), expense.getBuildingId());
        assertEquals(ExpenseCategory.CLEANING, expense.getCategory());
        assertEquals("Stairs", expense.getDescription());
        assertEquals(new BigDecimal("45.10"), expense.getAmount());
        assertEquals(changed.expenseDate(), expense.getExpenseDate());
        assertNull(expense.getSupplier());
        assertNull(expense.getAccountCode());
    }

    @Test
    void anExpenseBelongsToAnOrganization() {
        assertThrows(IllegalArgumentException.class, () -> new Expense(null, details(BigDecimal.ONE)));
    }
}
