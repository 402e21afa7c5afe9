package org.koprogo.auth.user.control;

import java.util.UUID;

import org.koprogo.core.tenancy.boundary.Role;

/**
 * What a client sets on a user, names trimmed and email normalised. The password is required on create and
 * optional on update (null keeps it); {@code organizationId} counts only from a superadmin.
 */
public record UserChanges(String email, String password, String firstName, String lastName, Role role,
                          UUID organizationId) {
}
