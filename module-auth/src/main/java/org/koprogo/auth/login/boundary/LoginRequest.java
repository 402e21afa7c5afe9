package org.koprogo.auth.login.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.koprogo.core.json.boundary.Emails;

/** No format rules beyond size: a malformed address is just a failed login, told apart from no other. */
public record LoginRequest(
        @NotBlank @Size(max = 255) String email,
        @NotBlank @Size(max = 200) String password) {

    /** Validated after normalising: the length checked is the length stored. */
    public LoginRequest {
        email = Emails.normalised(email);
    }
}
