package org.koprogo.expenses.account.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.koprogo.core.database.boundary.NullableUuid;
import org.koprogo.core.database.boundary.Timestamps;

/** An account of the chart: the shared Belgian PCMN (no organization) or an organization's own addition. */
@Entity
@Table(name = "accounts")
@NamedQuery(name = Account.SHARED, query = "select a from Account a where a.organizationId is null")
@NamedQuery(name = Account.OF_ORGANIZATION, query = "select a from Account a where a.organizationId = :organization")
public class Account {

    public static final String SHARED = "Account.shared";
    public static final String OF_ORGANIZATION = "Account.ofOrganization";

    @Id
    private UUID id;

    @Column(name = "organization_id", updatable = false)
    @Convert(converter = NullableUuid.class)
    private UUID organizationId;

    @Column(updatable = false)
    private String code;

    private String label;

    @Column(name = "parent_code")
    private String parentCode;

    @Column(name = "account_type", updatable = false)
    @Convert(converter = AccountType.Column.class)
    private AccountType accountType;

    @Column(name = "direct_use")
    private boolean directUse;

    @Version
    private int version;

    @Column(name = "created_at", updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected Account() {
        // JPA
    }

    /** @param organizationId null for an account of the shared chart */
    public Account(UUID organizationId, String code, String label, String parentCode, boolean directUse) {
        if (code == null || code.isEmpty() || !Character.isDigit(code.charAt(0))) {
            throw new IllegalArgumentException("an account code starts with its PCMN class digit");
        }
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.code = code;
        this.accountType = AccountType.of(code);
        describe(label, parentCode, directUse);
        this.createdAt = updatedAt;
    }

    public final void describe(String label, String parentCode, boolean directUse) {
        if (code.equals(parentCode)) {
            throw new IllegalArgumentException("an account cannot be its own parent");
        }
        this.label = label;
        this.parentCode = parentCode;
        this.directUse = directUse;
        this.updatedAt = Timestamps.now();
    }

    public UUID getId() {
        return id;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public String getParentCode() {
        return parentCode;
    }

    public AccountType getAccountType() {
        return accountType;
    }

    public boolean isDirectUse() {
        return directUse;
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
