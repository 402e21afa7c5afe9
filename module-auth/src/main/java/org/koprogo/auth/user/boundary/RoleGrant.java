package org.koprogo.auth.user.boundary;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.koprogo.core.tenancy.boundary.Role;

/** A role to hold, as KoproGo's client sends it in {@code roles}: {@code is_primary} absent means not primary. */
public record RoleGrant(
        @NotNull Role role,
        UUID organizationId,
        @JsonProperty("is_primary") Boolean primary) {

    boolean isPrimary() {
        return Boolean.TRUE.equals(primary);
    }
}
