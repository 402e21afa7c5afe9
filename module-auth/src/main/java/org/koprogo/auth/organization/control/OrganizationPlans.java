package org.koprogo.auth.organization.control;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.koprogo.core.tenancy.boundary.BuildingQuota;

/**
 * module-auth's side of the building quota contract: the organization's row locked on the caller's connection, in
 * its transaction (module-auth owns the table, the caller the transaction).
 */
@ApplicationScoped
public class OrganizationPlans implements BuildingQuota {

    /** Only within the caller's transaction: a lock taken in one of its own would end with it. */
    @Override
    public Optional<Limit> lockedLimit(EntityManager em, UUID organizationId) {
        List<?> rows = em.createNativeQuery("select subscription_plan, max_buildings from organizations"
                        + " where id = ? for update")
                .setParameter(1, organizationId)
                .getResultList();
        return rows.stream().findFirst().map(Object[].class::cast)
                .map(row -> new Limit((String) row[0], ((Number) row[1]).intValue()));
    }
}
