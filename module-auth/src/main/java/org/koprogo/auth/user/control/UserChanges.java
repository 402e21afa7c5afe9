package org.koprogo.auth.user.control;

import java.util.List;

import org.koprogo.auth.user.entity.Grant;

/**
 * What a client sets on a user, names trimmed and email normalised. The password is required on create and
 * optional on update (null keeps it). {@code listedRoles} tells KoproGo's two forms apart: a {@code roles} list,
 * whose organizations must be the caller's to manage, or the single {@code role} whose {@code organization_id}
 * counts only from a superadmin (anyone else's users land in their own organization).
 */
public record UserChanges(String email, String password, String firstName, String lastName, List<Grant> roles,
                          boolean listedRoles) {
}
