package org.koprogo.owners.ownership.control;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.koprogo.core.module.boundary.ModuleRegistry;
import org.koprogo.core.property.boundary.CoOwners;
import org.koprogo.owners.OwnersModule;

/** A building's co-owners: its owners with a current share (index unit_owners_building_active). */
@ApplicationScoped
public class BuildingCoOwners implements CoOwners {

    @PersistenceContext(unitName = "owners")
    EntityManager em;

    @Inject
    ModuleRegistry modules;

    @Override
    public long count(UUID buildingId) {
        // the jar may be installed while the module is disabled: then its tables do not exist
        if (!modules.current().isEnabled(OwnersModule.NAME)) {
            return 0;
        }
        return em.createQuery("select count(distinct s.ownerId) from Ownership s"
                + " where s.buildingId = :building and s.endDate is null", Long.class)
                .setParameter("building", buildingId).getSingleResult();
    }
}
