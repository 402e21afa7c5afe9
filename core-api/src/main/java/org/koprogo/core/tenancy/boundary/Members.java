package org.koprogo.core.tenancy.boundary;

import java.util.Optional;
import java.util.UUID;

/** Platform users as other modules may see them, by id. Implemented by module-auth, which every module requires. */
public interface Members {

    record Member(UUID id, UUID organizationId, Role role) {
    }

    Optional<Member> member(UUID userId);
}
