package org.koprogo.auth.user.boundary;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.koprogo.auth.user.control.UserChanges;
import org.koprogo.core.json.boundary.Emails;
import org.koprogo.core.tenancy.boundary.Role;

/**
 * A user to create, or the new state of one (PUT). The password is required on create and optional on update
 * (absent keeps it). {@code organization_id} counts only from a superadmin.
 */
public record UserRequest(
        @NotBlank @Email @Size(max = 255) String email,
        @Size(max = 200) String password,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotNull Role role,
        UUID organizationId) {

    /** Validated after normalising: the length checked is the length stored. */
    public UserRequest {
        email = Emails.normalised(email);
    }

    public UserChanges changes() {
        return new UserChanges(email, password, firstName.strip(), lastName.strip(), role, organizationId);
    }
}
