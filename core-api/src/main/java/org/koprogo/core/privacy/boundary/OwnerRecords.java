package org.koprogo.core.privacy.boundary;

import java.util.Optional;
import java.util.UUID;

/**
 * Owner records as the GDPR requests need them to find their data subject: the owner linked to a sign-in, and an
 * owner's organization and sign-in. Implemented by module-owners; without it a data subject is a sign-in alone.
 */
public interface OwnerRecords {

    record OwnerRecord(UUID id, UUID organizationId, UUID userId) {
    }

    /** The owner record linked to the sign-in, if any. */
    Optional<UUID> ownerLinkedTo(UUID userId);

    /** The owner record, in any organization: the caller checks tenancy. */
    Optional<OwnerRecord> owner(UUID ownerId);
}
