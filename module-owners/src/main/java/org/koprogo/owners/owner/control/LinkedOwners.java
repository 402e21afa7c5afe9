package org.koprogo.owners.owner.control;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.koprogo.core.module.boundary.ModuleRegistry;
import org.koprogo.core.privacy.boundary.OwnerRecords;
import org.koprogo.owners.OwnersModule;
import org.koprogo.owners.owner.entity.Owner;

/** module-owners' side of the GDPR requests: who an owner record is, and which one a sign-in is linked to. */
@ApplicationScoped
public class LinkedOwners implements OwnerRecords {

    @PersistenceContext(unitName = "owners")
    EntityManager em;

    @Inject
    ModuleRegistry modules;

    @Override
    public Optional<UUID> ownerLinkedTo(UUID userId) {
        if (!enabled()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Owner.BY_USER, Owner.class).setParameter("user", userId).getResultStream()
                .findFirst().map(Owner::getId);
    }

    @Override
    public Optional<OwnerRecord> owner(UUID ownerId) {
        if (!enabled()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Owner.class, ownerId))
                .map(owner -> new OwnerRecord(owner.getId(), owner.getOrganizationId(), owner.getUserId()));
    }

    /** The jar may be installed while the module is disabled: then its tables do not exist. */
    private boolean enabled() {
        return modules.current().isEnabled(OwnersModule.NAME);
    }
}
