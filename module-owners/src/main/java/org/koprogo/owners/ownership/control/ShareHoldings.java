package org.koprogo.owners.ownership.control;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.koprogo.core.module.boundary.ModuleRegistry;
import org.koprogo.core.privacy.boundary.HeldBuildings;
import org.koprogo.core.tenancy.boundary.Holdings;
import org.koprogo.owners.OwnersModule;
import org.koprogo.owners.ownership.entity.Ownership;

/**
 * The buildings where an owner holds an active share: those an owner-role user reads (by its linked owner
 * record), and those an owner record's personal data follows (by the record itself).
 */
@ApplicationScoped
public class ShareHoldings implements Holdings, HeldBuildings {

    @PersistenceContext(unitName = "owners")
    EntityManager em;

    @Inject
    ModuleRegistry modules;

    @Override
    public Set<UUID> buildingsHeldBy(UUID userId) {
        return buildings(Ownership.BUILDINGS_OF_USER, "user", userId);
    }

    @Override
    public Set<UUID> heldBy(UUID ownerId) {
        return buildings(Ownership.BUILDINGS_OF_OWNER, "owner", ownerId);
    }

    private Set<UUID> buildings(String query, String parameter, UUID holder) {
        // the jar may be installed while the module is disabled: then its tables do not exist
        if (!modules.current().isEnabled(OwnersModule.NAME)) {
            return Set.of();
        }
        return new HashSet<>(em.createNamedQuery(query, UUID.class).setParameter(parameter, holder).getResultList());
    }
}
