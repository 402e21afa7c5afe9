package org.koprogo.owners.privacy.control;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.koprogo.owners.owner.entity.Owner;

/** An owner record in its person's GDPR export (part {@code owners}); anonymised once it was erased. */
public record ExportedOwner(UUID id, UUID organizationId, String firstName, String lastName, String email,
                            String phone, String address, String city, String postalCode, String country,
                            boolean isAnonymized, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static ExportedOwner of(Owner o) {
        return new ExportedOwner(o.getId(), o.getOrganizationId(), o.getFirstName(), o.getLastName(), o.getEmail(),
                o.getPhone(), o.getAddress(), o.getCity(), o.getPostalCode(), o.getCountry(), o.isErased(),
                o.getCreatedAt(), o.getUpdatedAt());
    }
}
