package org.koprogo.auth.user.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.koprogo.core.database.boundary.NullableUuid;
import org.koprogo.core.database.boundary.Timestamps;
import org.koprogo.core.tenancy.boundary.Role;

/** One role a user holds, in one organization; changed only through its {@link User}, which keeps the rules. */
@Entity
@Table(name = "user_roles")
public class RoleAssignment {

    @Id
    private UUID id;

    @ManyToOne
    @JoinColumn(name = "user_id", updatable = false)
    private User user;

    private String role;

    @Column(name = "organization_id")
    @Convert(converter = NullableUuid.class) // null for a superadmin, or an owner no organization has taken yet
    private UUID organizationId;

    @Column(name = "is_primary")
    private boolean primary;

    @Column(name = "created_at", updatable = false)
    private OffsetDateTime createdAt;

    protected RoleAssignment() {
        // JPA
    }

    RoleAssignment(User user, Grant grant) {
        this.id = UUID.randomUUID();
        this.user = user;
        this.role = grant.role().wireName();
        this.organizationId = grant.organizationId();
        this.primary = grant.primary();
        this.createdAt = Timestamps.now();
    }

    void makePrimary(boolean primary) {
        this.primary = primary;
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return user.id();
    }

    public Role role() {
        return Role.fromWireName(role).orElseThrow(); // the column's check allows only known roles
    }

    public UUID organizationId() {
        return organizationId;
    }

    public boolean isPrimary() {
        return primary;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
