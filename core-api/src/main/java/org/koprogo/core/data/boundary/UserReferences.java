package org.koprogo.core.data.boundary;

import java.util.UUID;

/**
 * A module's records that refer to a platform user by id (an owner linked to its sign-in). When module-auth deletes
 * a user, {@link PlatformData} has every enabled module release them: the records stay, no longer tied to the
 * user, so that deleting a sign-in never takes another module's data with it nor is blocked by it. Called in the
 * deletion's JTA transaction; each module works through its own persistence unit.
 */
public interface UserReferences {

    /** The name of the {@code PlatformModule} whose records these are: a disabled module's are left alone. */
    String module();

    /** Unties this module's records from the user. */
    void release(UUID userId);
}
