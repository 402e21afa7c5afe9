package org.koprogo.core.tenancy.boundary;

import java.util.Optional;
import java.util.UUID;

/**
 * How many buildings an organization's plan allows, for the module that creates buildings. Implemented by
 * module-auth, which every module requires.
 */
public interface BuildingQuota {

    record Limit(String plan, int maxBuildings) {
    }

    /**
     * The organization's limit, its row locked until the transaction ends: buildings counted after this call
     * cannot grow behind the caller's back, so concurrent creates take the last slot one at a time. Empty when
     * no such organization exists.
     */
    Optional<Limit> lockedLimit(UUID organizationId);
}
