package org.koprogo.core.tenancy.boundary;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

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
     *
     * @param em the caller's entity manager: the lock is taken on its connection. Another unit would take a second
     *           pooled connection per request, and requests holding one while waiting for the other's lock emptied
     *           the pool under concurrent creates.
     */
    Optional<Limit> lockedLimit(EntityManager em, UUID organizationId);
}
