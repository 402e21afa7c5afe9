package org.koprogo.core.security.boundary;

import java.util.Optional;
import java.util.UUID;

/**
 * The rights versions of users and of their organizations. Whatever takes rights away (deactivation, a role
 * change, a suspension, logout of all sessions) bumps them in its own transaction; an access token carries the
 * versions it was issued under ({@value #USER_CLAIM}, {@value #ORGANIZATION_CLAIM}) and is refused once they
 * are no longer the current ones. Implemented by module-auth, which owns users and organizations.
 */
public interface RightsVersions {

    String USER_CLAIM = "rights_version";
    /** Absent for a user of no organization (a superadmin). */
    String ORGANIZATION_CLAIM = "organization_rights_version";

    /** What a token of the user must carry now; {@code organization} is null for a user of no organization. */
    record Current(long user, Long organization) {
    }

    /**
     * Read from the shared database at every call, never from a cache: a change made on one instance must
     * hold on every other at its next request. Empty for an unknown user.
     */
    Optional<Current> current(UUID userId);
}
