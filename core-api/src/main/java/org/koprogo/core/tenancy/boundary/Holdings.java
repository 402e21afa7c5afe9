package org.koprogo.core.tenancy.boundary;

import java.util.Set;
import java.util.UUID;

/**
 * The buildings a user of role owner may read: those where the owner record linked to the user holds an
 * active share. Implemented by module-owners; without it an owner reads nothing.
 */
public interface Holdings {

    Set<UUID> buildingsHeldBy(UUID userId);
}
