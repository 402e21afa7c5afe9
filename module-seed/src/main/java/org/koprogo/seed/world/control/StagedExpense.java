package org.koprogo.seed.world.control;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.koprogo.core.data.boundary.DataSet;

/**
 * A world's expense at a step of the approval workflow, with the dates and fields the expenses module would have
 * set on the way: submitted two days after its date, decided after five, paid after twenty.
 */
final class StagedExpense {

    static final String REJECTION = "Devis trop élevé, demander un second devis";

    private StagedExpense() {
    }

    /** {@code approvedBy} is set once the expense is approved, {@code paid} only then. */
    static DataSet.Expense of(UUID id, UUID organizationId, UUID buildingId, String category, String description,
                              BigDecimal amount, OffsetDateTime date, String supplier, String invoiceNumber,
                              String accountCode, String approvalStatus, UUID approvedBy, boolean paid) {
        OffsetDateTime submitted = approvalStatus.equals("draft") ? null : date.plusDays(2);
        OffsetDateTime decided = approvedBy == null ? null : date.plusDays(5);
        return new DataSet.Expense(id, organizationId, buildingId, category, description, amount, date, supplier,
                invoiceNumber, accountCode, approvalStatus, submitted, approvedBy, decided,
                approvalStatus.equals("rejected") ? REJECTION : null, paid ? "paid" : "pending",
                paid ? date.plusDays(20) : null);
    }
}
