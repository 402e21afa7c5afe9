package org.koprogo.expenses.expense.control;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.koprogo.core.privacy.boundary.ErasureHold;
import org.koprogo.expenses.ExpensesModule;
import org.koprogo.expenses.expense.entity.ApprovalStatus;
import org.koprogo.expenses.expense.entity.PaymentStatus;

/**
 * The hold module-expenses puts on an erasure: approved expenses not yet paid in a building where the person holds
 * a share, whose settling the co-ownership's accounts still need them for.
 */
final class UnpaidExpenses {

    static final String CODE = "unpaid_expenses";
    static final ApprovalStatus APPROVED = ApprovalStatus.APPROVED;
    static final Set<PaymentStatus> UNPAID = Set.of(PaymentStatus.PENDING, PaymentStatus.OVERDUE);
    /** Ids a hold names at most: enough to start settling, however many there are. */
    static final int NAMED = 10;

    private UnpaidExpenses() {
    }

    /**
     * @param count how many there are
     * @param first the first of them, at most {@link #NAMED}
     */
    static Optional<ErasureHold> hold(long count, List<UUID> first) {
        if (count == 0) {
            return Optional.empty();
        }
        List<UUID> named = first.stream().limit(NAMED).toList();
        String ids = named.stream().map(UUID::toString).collect(Collectors.joining(", "));
        return Optional.of(new ErasureHold(ExpensesModule.NAME, CODE, count + " approved expense"
                + (count == 1 ? " is" : "s are") + " not paid yet in the buildings where the owner holds a share"
                + " (" + ids + (count > named.size() ? ", …" : "") + "): pay or cancel "
                + (count == 1 ? "it" : "them") + " first"));
    }
}
