package org.koprogo.expenses.expense.entity;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "expenses")
public class Expense {

    public static final String SELECT_JPQL = "select e from Expense e";
    public static final String COUNT_JPQL = "select count(e) from Expense e";

    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;

    @Column(name = "building_id", nullable = false)
    private UUID buildingId;

    private String category;
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
    private String paymentStatus;

    @Column(name = "approval_status")
    private String approvalStatus;

    @Version
    private int version;

    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", insertable = false)
    private OffsetDateTime updatedAt;

    protected Expense() {
        // JPA
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

    public String getCategory() {
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

    public String getPaymentStatus() {
        return paymentStatus;
    }

    public String getApprovalStatus() {
        return approvalStatus;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
