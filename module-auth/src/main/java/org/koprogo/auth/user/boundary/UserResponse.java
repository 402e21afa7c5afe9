package org.koprogo.auth.user.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.koprogo.auth.user.entity.User;
import org.koprogo.core.tenancy.boundary.Role;

/**
 * A user as KoproGo shows it: {@code role} and {@code organization_id} are those of the active role, also given
 * whole as {@code active_role}, among every role the user holds ({@code roles}). {@code organization_id} is null,
 * not absent, for a superadmin and for an owner no organization has taken yet.
 */
public record UserResponse(
        UUID id,
        String email,
        String firstName,
        String lastName,
        Role role,
        @JsonInclude(JsonInclude.Include.ALWAYS) UUID organizationId,
        @JsonProperty("is_active") boolean active,
        List<RoleResponse> roles,
        RoleResponse activeRole,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static UserResponse of(User user) {
        return new UserResponse(user.id(), user.email(), user.firstName(), user.lastName(), user.role(),
                user.organizationId(), user.isActive(), user.roles().stream().map(RoleResponse::of).toList(),
                RoleResponse.of(user.activeRole()), user.createdAt(), user.updatedAt());
    }
}
