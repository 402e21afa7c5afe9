package org.koprogo.auth.login.boundary;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** The id of one of the caller's role assignments ({@code user.roles[].id}). */
public record SwitchRoleRequest(@NotNull UUID roleId) {
}
