package org.koprogo.owners.owner.boundary;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.koprogo.core.json.boundary.Emails;
import org.koprogo.owners.owner.entity.Owner;

/** An owner as clients send it; only a superadmin names the organization. */
public record OwnerRequest(
        UUID organizationId,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Email @Size(max = 255) String email,
        @Size(max = 50) String phone,
        @Size(max = 255) String address,
        @Size(max = 100) String city,
        @Size(max = 20) String postalCode,
        @Size(max = 100) String country) {

    /** Validated after normalising: the length checked is the length stored. */
    public OwnerRequest {
        email = Emails.normalised(email);
    }

    public Owner.Contact contact() {
        return new Owner.Contact(firstName.strip(), lastName.strip(), email, strip(phone), strip(address), strip(city),
                strip(postalCode), strip(country));
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
