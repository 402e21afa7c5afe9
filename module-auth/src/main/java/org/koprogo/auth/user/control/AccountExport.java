package org.koprogo.auth.user.control;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.koprogo.auth.user.entity.RoleAssignment;
import org.koprogo.auth.user.entity.User;
import org.koprogo.core.tenancy.boundary.Role;

/** The {@code user} part of a person's export: their sign-in as stored, and whether it was erased. */
public record AccountExport(
        UUID id,
        String email,
        String firstName,
        String lastName,
        @JsonInclude(JsonInclude.Include.ALWAYS) UUID organizationId,
        Role role,
        List<HeldRole> roles,
        @JsonProperty("is_active") boolean active,
        @JsonProperty("is_anonymized") boolean anonymized,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** One role the user holds; {@code organization_id} is null for a superadmin's. */
    public record HeldRole(Role role, @JsonInclude(JsonInclude.Include.ALWAYS) UUID organizationId,
                           @JsonProperty("is_primary") boolean primary) {

        static HeldRole of(RoleAssignment assignment) {
            return new HeldRole(assignment.role(), assignment.organizationId(), assignment.isPrimary());
        }
    }

    static AccountExport of(User user) {
        return new AccountExport(user.id(), user.email(), user.firstName(), user.lastName(), user.organizationId(),
                user.role(), user.roles().stream().map(HeldRole::of).toList(), user.isActive(), user.isErased(),
                user.createdAt(), user.updatedAt());
    }
}
