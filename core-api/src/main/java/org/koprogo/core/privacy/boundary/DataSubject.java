package org.koprogo.core.privacy.boundary;

import java.util.Optional;
import java.util.UUID;

/**
 * The person an export or an erasure is about (GDPR articles 15, 17 and 20): a sign-in ({@code userId}), the owner
 * record of a co-ownership ({@code ownerId}), or both when the owner is linked to the sign-in. {@code organizationId}
 * is the organization the person's records are in; null for a superadmin, or an account that belongs to none yet.
 * Resolved once by the module that serves the requests, then handed to every module's {@link PersonalData}.
 */
public record DataSubject(UUID userId, UUID ownerId, UUID organizationId) {

    public DataSubject {
        if (userId == null && ownerId == null) {
            throw new IllegalArgumentException("A data subject is a sign-in, an owner record, or both");
        }
    }

    public Optional<UUID> user() {
        return Optional.ofNullable(userId);
    }

    public Optional<UUID> owner() {
        return Optional.ofNullable(ownerId);
    }
}
