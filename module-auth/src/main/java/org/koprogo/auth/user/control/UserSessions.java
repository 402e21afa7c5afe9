package org.koprogo.auth.user.control;

import java.util.UUID;

/**
 * Where a user's sessions are kept: the login component, which knows users (so users may not know it), ends them
 * when the user's rights change.
 */
public interface UserSessions {

    /** Revokes every refresh token of the user, in the caller's transaction. */
    void revokeUser(UUID userId);
}
