package org.koprogo.auth.organization.control;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.koprogo.auth.organization.entity.Organization;
import org.koprogo.core.tenancy.boundary.BuildingQuota;

/**
 * module-auth's side of the building quota contract: the organization's row locked in the caller's transaction,
 * as users are admitted under it.
 */
@ApplicationScoped
public class OrganizationPlans implements BuildingQuota {

    @PersistenceContext(unitName = "auth")
    EntityManager em;

    /** Only within the caller's transaction: a lock taken in one of its own would end with it. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Limit> lockedLimit(UUID organizationId) {
        return Optional.ofNullable(em.find(Organization.class, organizationId, LockModeType.PESSIMISTIC_WRITE))
                .map(organization -> new Limit(organization.plan().wireName(), organization.maxBuildings()));
    }
}
