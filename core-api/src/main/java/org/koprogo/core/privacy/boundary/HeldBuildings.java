package org.koprogo.core.privacy.boundary;

import java.util.Set;
import java.util.UUID;

/**
 * The buildings where an owner record holds an active share, for the modules whose part of a person's data follows
 * their shares (the expenses of their buildings). By owner record, not by sign-in, since an owner may have none.
 * Implemented by module-owners; without it an owner holds nothing.
 */
public interface HeldBuildings {

    Set<UUID> heldBy(UUID ownerId);
}
