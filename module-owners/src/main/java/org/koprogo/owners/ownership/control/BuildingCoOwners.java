package org.koprogo.owners.ownership.control;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
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

    /*
     * numeric × numeric is exact in PostgreSQL (a quota of scale 3 by a fraction of scale 6 gives scale 9), and so
     * is their sum: no rounding between a co-owner's quota and the total the assembly counts. module-owners
     * requires module-buildings, whose units table holds the quotas.
     */
    private static final String QUOTAS_ON = "select o.id, o.first_name || ' ' || o.last_name, o.user_id,"
            + " sum(u.quota * s.ownership_percentage) from unit_owners s"
            + " join units u on u.id = s.unit_id join owners o on o.id = s.owner_id"
            + " where s.building_id = ?1 and s.start_date <= ?2 and (s.end_date is null or s.end_date > ?2)"
            + " group by o.id order by o.id";

    @PersistenceContext(unitName = "owners")
    EntityManager em;

    @Inject
    ModuleRegistry modules;

    @Override
    public long count(UUID buildingId) {
        if (!enabled()) {
            return 0;
        }
        return em.createQuery("select count(distinct s.ownerId) from Ownership s"
                + " where s.buildingId = :building and s.endDate is null", Long.class)
                .setParameter("building", buildingId).getSingleResult();
    }

    @Override
    public List<CoOwner> on(UUID buildingId, OffsetDateTime date) {
        if (!enabled()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery(QUOTAS_ON).setParameter(1, buildingId).setParameter(2, date)
                .getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new CoOwner((UUID) row[0], (String) row[1], (UUID) row[2], (BigDecimal) row[3]))
                .toList();
    }

    /** The jar may be installed while the module is disabled: then its tables do not exist. */
    private boolean enabled() {
        return modules.current().isEnabled(OwnersModule.NAME);
    }
}
