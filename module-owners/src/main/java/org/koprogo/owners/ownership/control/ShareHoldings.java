package org.koprogo.owners.ownership.control;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.koprogo.core.module.boundary.ModuleRegistry;
import org.koprogo.core.tenancy.boundary.Holdings;
import org.koprogo.owners.OwnersModule;
import org.koprogo.owners.ownership.entity.Ownership;

/** The buildings an owner-role user reads: where its linked owner record holds an active share. */
@ApplicationScoped
public class ShareHoldings implements Holdings {

    @PersistenceContext(unitName = "owners")
    EntityManager em;

    @Inject
    ModuleRegistry modules;

    @Override
    public Set<UUID> buildingsHeldBy(UUID userId) {
        // the jar may be installed while the module is disabled: then its tables do not exist
        if (!modules.current().isEnabled(OwnersModule.NAME)) {
            return Set.of();
        }
        return new HashSet<>(em.createNamedQuery(Ownership.BUILDINGS_OF_USER, UUID.class)
                .setParameter("user", userId).getResultList());
    }
}
