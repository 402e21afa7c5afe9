package org.koprogo.owners.privacy.control;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.koprogo.core.privacy.boundary.DataSubject;
import org.koprogo.core.privacy.boundary.ErasureHold;
import org.koprogo.core.privacy.boundary.ExportPart;
import org.koprogo.core.privacy.boundary.PersonalData;
import org.koprogo.owners.OwnersModule;
import org.koprogo.owners.owner.entity.Owner;

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

    /*
     * module-owners requires module-buildings, whose tables describe the units and buildings a share is of (as
     * BuildingCoOwners reads their quotas). Keyset pages on index unit_owners_owner (owner_id, start_date, id).
     */
    private static final String SHARES = "select s.unit_id, s.building_id, b.name, b.address, u.unit_number, u.floor,"
            + " s.ownership_percentage, s.start_date, s.end_date, s.is_primary_contact, s.id from unit_owners s"
            + " join units u on u.id = s.unit_id join buildings b on b.id = s.building_id where s.owner_id = ?1";
    private static final String AFTER = " and (s.start_date, s.id) > (?2, ?3)";
    private static final String IN_ORDER = " order by s.start_date, s.id limit " + BATCH;

    @PersistenceContext(unitName = "owners")
    EntityManager em;

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

    private void shares(UUID owner, Consumer<Object> records) {
        List<?> rows = em.createNativeQuery(SHARES + IN_ORDER).setParameter(1, owner).getResultList();
        while (true) {
            rows.stream().map(Object[].class::cast).map(OwnerPersonalData::share).forEach(records);
            if (rows.size() < BATCH) {
                return;
            }
            Object[] last = (Object[]) rows.get(rows.size() - 1);
            rows = em.createNativeQuery(SHARES + AFTER + IN_ORDER).setParameter(1, owner)
                    .setParameter(2, last[7]).setParameter(3, last[10]).getResultList();
        }
    }

    private static ExportedShare share(Object[] row) {
        return new ExportedShare((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3], (String) row[4],
                (Integer) row[5], (BigDecimal) row[6], instant(row[7]), instant(row[8]), (Boolean) row[9]);
    }

    private static OffsetDateTime instant(Object timestamp) {
        return timestamp == null ? null : ((Timestamp) timestamp).toInstant().atOffset(ZoneOffset.UTC);
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
