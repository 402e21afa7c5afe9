package org.koprogo.owners.privacy.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.koprogo.core.privacy.boundary.DataSubject;
import org.koprogo.core.privacy.boundary.ErasureHold;
import org.koprogo.core.privacy.boundary.ExportPart;
import org.koprogo.core.privacy.boundary.PersonalData;
import org.koprogo.core.property.boundary.PropertyDirectory;
import org.koprogo.core.property.boundary.PropertyDirectory.BuildingRef;
import org.koprogo.core.property.boundary.PropertyDirectory.UnitRef;
import org.koprogo.owners.OwnersModule;
import org.koprogo.owners.owner.entity.Owner;
import org.koprogo.owners.ownership.entity.Ownership;

/**
 * module-owners' part of a person's GDPR rights: their owner record ({@code owners}) and the shares it holds or held
 * ({@code units}). Erasure anonymises the record in place; its shares stay, so the buildings' quotas still add up.
 * Nothing here keeps an owner from being erased.
 */
@ApplicationScoped
public class OwnerPersonalData implements PersonalData {

    static final ExportPart OWNERS = ExportPart.list("owners");
    static final ExportPart UNITS = ExportPart.list("units");

    /** Shares read per query: an owner's are few, but a portfolio's memory stays bounded whatever it holds. */
    static final int BATCH = 500;

    /** Pages read for the export only: kept out of the persistence context, so memory stays bounded. */
    private static final String READ_ONLY = "eclipselink.read-only";

    @PersistenceContext(unitName = "owners")
    EntityManager em;

    /** The units and buildings a share is of (module-owners requires module-buildings). */
    @Inject
    PropertyDirectory property;

    @Override
    public String module() {
        return OwnersModule.NAME;
    }

    @Override
    public List<ExportPart> parts() {
        return List.of(OWNERS, UNITS);
    }

    @Override
    public void export(DataSubject subject, ExportPart part, Consumer<Object> records) {
        if (!parts().contains(part)) {
            throw new IllegalArgumentException("module-owners writes no part " + part.name());
        }
        subject.owner().ifPresent(owner -> {
            if (part.equals(OWNERS)) {
                Optional.ofNullable(em.find(Owner.class, owner)).map(ExportedOwner::of).ifPresent(records);
            } else {
                shares(owner, records);
            }
        });
    }

    /** Keyset pages on index unit_owners_owner (owner_id, start_date, id); each unit and building looked up once. */
    private void shares(UUID owner, Consumer<Object> records) {
        Map<UUID, Optional<UnitRef>> units = new HashMap<>();
        Map<UUID, Optional<BuildingRef>> buildings = new HashMap<>();
        List<Ownership> batch = em.createNamedQuery(Ownership.OF_OWNER, Ownership.class).setParameter("owner", owner)
                .setHint(READ_ONLY, true).setMaxResults(BATCH).getResultList();
        while (true) {
            batch.forEach(share -> records.accept(ExportedShare.of(share,
                    units.computeIfAbsent(share.getUnitId(), property::unit).orElse(null),
                    buildings.computeIfAbsent(share.getBuildingId(), property::building).orElse(null))));
            if (batch.size() < BATCH) {
                return;
            }
            Ownership last = batch.get(batch.size() - 1);
            batch = em.createNamedQuery(Ownership.OF_OWNER_AFTER, Ownership.class).setParameter("owner", owner)
                    .setParameter("date", last.getStartDate()).setParameter("id", last.getId())
                    .setHint(READ_ONLY, true).setMaxResults(BATCH).getResultList();
        }
    }

    @Override
    public List<ErasureHold> holds(DataSubject subject) {
        return List.of();
    }

    /** An owner already erased is left as it was: counted 0. */
    @Override
    public Map<String, Integer> erase(DataSubject subject) {
        Owner owner = subject.owner().map(id -> em.find(Owner.class, id, LockModeType.PESSIMISTIC_WRITE)).orElse(null);
        if (owner == null || owner.isErased()) {
            return Map.of(OWNERS.name(), 0);
        }
        owner.erase();
        em.flush();
        return Map.of(OWNERS.name(), 1);
    }
}
