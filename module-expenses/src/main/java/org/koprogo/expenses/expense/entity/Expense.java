package org.koprogo.expenses.expense.entity;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.koprogo.core.paging.boundary.CountedRows;
import org.koprogo.core.database.boundary.NullableUuid;
import org.koprogo.core.database.boundary.Timestamps;
import org.koprogo.core.refusal.boundary.RuleViolation;

/**
 * An expense of a building and its two workflows: approval (draft → pending_approval → approved | rejected, a
 * rejected one editable and submitted again) and payment (pending → paid once approved; cancelled while unpaid).
 */
@Entity
@CountedRows
@Table(name = "expenses")
public class Expense {

    public static final String SELECT_JPQL = "select e from Expense e";
    public static final String COUNT_JPQL = "select count(e) from Expense e";

    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "building_id", nullable = false)
    private UUID buildingId;

    @Convert(converter = ExpenseCategory.Column.class)
    private ExpenseCategory category;
    private String description;
    private BigDecimal amount;

    @Column(name = "expense_date")
    private OffsetDateTime expenseDate;

    private String supplier;

    @Column(name = "invoice_number")
    private String invoiceNumber;

    @Column(name = "account_code")
    private String accountCode;

    @Column(name = "payment_status")
    @Convert(converter = PaymentStatus.Column.class)
    private PaymentStatus paymentStatus;

    @Column(name = "approval_status")
    @Convert(converter = ApprovalStatus.Column.class)
    private ApprovalStatus approvalStatus;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "approved_by")
    @Convert(converter = NullableUuid.class)
    private UUID approvedBy;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "paid_date")
    private OffsetDateTime paidDate;

    @Version
    private int version;

    @Column(name = "created_at", updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected Expense() {
        // JPA
    }

    public Expense(UUID organizationId, Details details) {
        if (organizationId == null) {
            throw new IllegalArgumentException("an expense belongs to an organization");
        }
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.paymentStatus = PaymentStatus.PENDING;
        this.approvalStatus = ApprovalStatus.DRAFT;
        apply(details);
        this.createdAt = updatedAt;
    }

    /** What a client writes, as one value so that create and update share their rules. */
    public record Details(UUID buildingId, ExpenseCategory category, String description, BigDecimal amount,
                          OffsetDateTime expenseDate, String supplier, String invoiceNumber, String accountCode) {

        public Details {
            if (buildingId == null || category == null || description == null || description.isBlank()
                    || expenseDate == null) {
                throw new IllegalArgumentException("an expense needs a building, a category, a description and a date");
            }
            if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
                throw new IllegalArgumentException("an amount is positive, in cents at most");
            }
        }
    }

    /** Replaces the details, while the expense is still a draft or was rejected. */
    public void describe(Details details) {
        requireNotCancelled();
        RuleViolation.require(approvalStatus == ApprovalStatus.DRAFT || approvalStatus == ApprovalStatus.REJECTED,
                "Only a draft or rejected expense can be changed; this one is " + approvalStatus);
        apply(details);
    }

    private void apply(Details details) {
        this.buildingId = details.buildingId();
        this.category = details.category();
        this.description = details.description();
        this.amount = details.amount();
        this.expenseDate = details.expenseDate();
        this.supplier = details.supplier();
        this.invoiceNumber = details.invoiceNumber();
        this.accountCode = details.accountCode();
        this.updatedAt = Timestamps.now();
    }

    public void submit() {
        RuleViolation.require(approvalStatus == ApprovalStatus.DRAFT || approvalStatus == ApprovalStatus.REJECTED,
                "Only a draft or rejected expense can be submitted; this one is " + approvalStatus);
        requireNotCancelled();
        approvalStatus = ApprovalStatus.PENDING_APPROVAL;
        rejectionReason = null;
        submittedAt = Timestamps.now();
        updatedAt = submittedAt;
    }

    public void approve(UUID approver) {
        requirePendingApproval();
        approvalStatus = ApprovalStatus.APPROVED;
        approvedBy = approver;
        approvedAt = Timestamps.now();
        updatedAt = approvedAt;
    }

    public void reject(UUID approver, String reason) {
        requirePendingApproval();
        approvalStatus = ApprovalStatus.REJECTED;
        approvedBy = approver;
        rejectionReason = reason;
        updatedAt = Timestamps.now();
    }

    private void requirePendingApproval() {
        requireNotCancelled();
        RuleViolation.require(approvalStatus == ApprovalStatus.PENDING_APPROVAL,
                "Only an expense pending approval can be approved or rejected; this one is " + approvalStatus);
    }

    public void markPaid() {
        RuleViolation.require(approvalStatus == ApprovalStatus.APPROVED,
                "Only an approved expense can be paid; this one is " + approvalStatus);
        requireUnpaid();
        paymentStatus = PaymentStatus.PAID;
        paidDate = Timestamps.now();
        updatedAt = paidDate;
    }

    public void cancel() {
        requireUnpaid();
        paymentStatus = PaymentStatus.CANCELLED;
        updatedAt = Timestamps.now();
    }

    /** A cancelled expense is closed: it is neither changed, nor submitted, approved or rejected any more. */
    private void requireNotCancelled() {
        RuleViolation.require(paymentStatus != PaymentStatus.CANCELLED, "The expense was cancelled");
    }

    private void requireUnpaid() {
        RuleViolation.require(paymentStatus == PaymentStatus.PENDING || paymentStatus == PaymentStatus.OVERDUE,
                "The expense is already " + paymentStatus);
    }

    public UUID getId() {
        return id;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getBuildingId() {
        return buildingId;
    }

    public ExpenseCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public OffsetDateTime getExpenseDate() {
        return expenseDate;
    }

    public String getSupplier() {
        return supplier;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public String getAccountCode() {
        return accountCode;
    }

    public PaymentStatus getPaymentStatus() {
        return paymentStatus;
    }

    public ApprovalStatus getApprovalStatus() {
        return approvalStatus;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public UUID getApprovedBy() {
        return approvedBy;
    }

    public OffsetDateTime getApprovedAt() {
        return approvedAt;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public OffsetDateTime getPaidDate() {
        return paidDate;
    }

    public int getVersion() {
        return version;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
