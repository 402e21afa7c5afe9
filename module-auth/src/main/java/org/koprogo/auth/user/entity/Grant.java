package org.koprogo.auth.user.entity;

import java.util.Objects;
import java.util.UUID;

import org.koprogo.core.tenancy.boundary.Role;

/** A role to hold, in an organization (none for a superadmin, or for an owner no organization has taken yet). */
public record Grant(Role role, UUID organizationId, boolean primary) {

    public static Grant primary(Role role, UUID organizationId) {
        return new Grant(role, organizationId, true);
    }

    boolean sameAs(RoleAssignment assignment) {
        return role == assignment.role() && Objects.equals(organizationId, assignment.organizationId());
    }
}
