package org.koprogo.owners.owner.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.koprogo.owners.owner.entity.Owner;

/** An owner as KoproGo's v1 clients read it. */
public record OwnerResponse(UUID id, UUID organizationId, UUID userId, String firstName, String lastName,
                            String email, String phone, String address, String city, String postalCode,
                            String country, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static OwnerResponse of(Owner o) {
        return new OwnerResponse(o.getId(), o.getOrganizationId(), o.getUserId(), o.getFirstName(), o.getLastName(),
                o.getEmail(), o.getPhone(), o.getAddress(), o.getCity(), o.getPostalCode(), o.getCountry(),
                o.getCreatedAt(), o.getUpdatedAt());
    }
}
