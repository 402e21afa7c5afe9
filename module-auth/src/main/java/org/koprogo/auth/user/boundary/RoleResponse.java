package org.koprogo.auth.user.boundary;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.koprogo.auth.user.entity.RoleAssignment;
import org.koprogo.core.tenancy.boundary.Role;

/** One role a user holds, as KoproGo shows it; its id is what {@code POST auth/switch-role} takes. */
public record RoleResponse(
        UUID id,
        Role role,
        @JsonInclude(JsonInclude.Include.ALWAYS) UUID organizationId,
        @JsonProperty("is_primary") boolean primary) {

    static RoleResponse of(RoleAssignment assignment) {
        return new RoleResponse(assignment.id(), assignment.role(), assignment.organizationId(),
                assignment.isPrimary());
    }
}
