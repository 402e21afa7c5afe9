package org.koprogo.auth.user.control;

import java.util.Map;
import java.util.UUID;

/**
 * What the login component keeps of a user's sign-ins (refresh tokens, the account's attempt counts, which name its
 * e-mail address): the login component knows users, so users may not know it, yet an erasure removes them.
 */
public interface SignInTraces {

    /** Deletes them in the caller's transaction; how many rows went, by table. */
    Map<String, Integer> forget(UUID userId, String email);
}
