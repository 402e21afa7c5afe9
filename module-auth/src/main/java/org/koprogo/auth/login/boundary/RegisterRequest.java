package org.koprogo.auth.login.boundary;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.koprogo.auth.login.control.Registration;
import org.koprogo.core.json.boundary.Emails;
import org.koprogo.core.tenancy.boundary.Role;

/** KoproGo's registration form; only {@code role: owner} without an organization is accepted (see Registration). */
public record RegisterRequest(
        @NotBlank @Email @Size(max = 255) String email,
        @NotNull @Size(max = 200) String password,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotNull Role role,
        UUID organizationId) {

    /** Validated after normalising: the length checked is the length stored. */
    public RegisterRequest {
        email = Emails.normalised(email);
    }

    Registration.Applicant applicant() {
        return new Registration.Applicant(email, password, firstName.strip(), lastName.strip(), role, organizationId);
    }
}
