package org.koprogo.owners.ownership.control;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.koprogo.core.database.boundary.Conflicts;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageRequest;
import org.koprogo.core.paging.boundary.JpaPages;
import org.koprogo.core.paging.boundary.Where;
import org.koprogo.core.property.boundary.PropertyDirectory;
import org.koprogo.core.property.boundary.PropertyDirectory.UnitRef;
import org.koprogo.core.refusal.boundary.NotFound;
import org.koprogo.core.refusal.boundary.RuleViolation;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.core.tenancy.boundary.Visibility;
import org.koprogo.owners.owner.control.OwnerStore;
import org.koprogo.owners.owner.entity.Owner;
import org.koprogo.owners.ownership.entity.Ownership;
import org.koprogo.owners.ownership.entity.UnitShares;

/**
 * Shares of units. The active shares of a unit sum to at most 1 (100 %): every write to a unit's shares first
 * takes a transaction-scoped PostgreSQL advisory lock on the unit, so concurrent grants are summed one after the
 * other, on any number of instances, without locking a table another module owns.
 */
@ApplicationScoped
public class OwnershipStore {

    /** Wire names clients may sort by; a unit's or an owner's shares are few, indexed by (unit_id|owner_id, start_date). */
    public static final Map<String, String> SORTS = Map.of("start_date", "s.startDate");

    /** First key of the advisory locks this store takes, so they cannot collide with other uses of advisory locks. */
    private static final int UNIT_SHARES_LOCKS = 0x4b50_5301;

    @PersistenceContext(unitName = "owners")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Visibility visibility;

    @Inject
    PropertyDirectory property;

    @Inject
    OwnerStore owners;

    /** @param view what the page holds of each share */
    public <T> Page<T> ofUnit(UUID unitId, boolean activeOnly, PageRequest request, Function<Ownership, T> view) {
        UnitRef unit = readableUnit(unitId);
        return page(Where.organization("s.organizationId", unit.organizationId())
                .and("s.unitId = :unit", "unit", unitId), activeOnly, request, view);
    }

    /** @param view what the page holds of each share */
    public <T> Page<T> ofOwner(UUID ownerId, boolean activeOnly, PageRequest request, Function<Ownership, T> view) {
        owners.readable(ownerId);
        return page(Where.visibleTo(caller.organizationId(), "s.organizationId").and("s.ownerId = :owner", "owner", ownerId),
                activeOnly, request, view);
    }

    private <T> Page<T> page(Where where, boolean activeOnly, PageRequest request, Function<Ownership, T> view) {
        if (activeOnly) {
            where.and("s.endDate is null");
        }
        return JpaPages.list(em, Ownership.class, Ownership.SELECT_JPQL, Ownership.COUNT_JPQL, where, SORTS, "s.id",
                request, view);
    }

    /** The sum of the unit's active shares, 1 being the whole unit. */
    public BigDecimal total(UUID unitId) {
        readableUnit(unitId);
        return activeTotal(unitId);
    }

    /** Gives the owner a share of the unit, as a fraction; the unit's active shares then total at most 1. */
    @Transactional
    public Ownership grant(UUID unitId, UUID ownerId, BigDecimal fraction, boolean primaryContact) {
        UnitRef unit = lockedUnit(unitId);
        Owner owner = ownerOf(unit, ownerId);
        requireNoShare(unitId, owner);
        UnitShares.requireRoom(activeTotal(unitId), fraction);
        return add(unit, owner.getId(), fraction, primaryContact);
    }

    /** Ends the owner's active share of the unit; it stays in the history. */
    @Transactional
    public Ownership end(UUID unitId, UUID ownerId) {
        lockedUnit(unitId);
        Ownership share = activeOrNotFound(unitId, ownerId);
        share.end();
        em.flush();
        return share;
    }

    /**
     * Changes an active share: its fraction, the unit's active shares still totalling at most 1, and whether its
     * owner is the unit's primary contact (the unit's other active share that was loses the role).
     */
    @Transactional
    public Ownership change(UUID shareId, ShareChanges changes) {
        Ownership share = em.find(Ownership.class, shareId);
        if (share == null || !caller.canSee(share.getOrganizationId())) {
            throw new NotFound("No share " + shareId);
        }
        UnitRef unit = lockedUnit(share.getUnitId());
        em.refresh(share); // what it holds now that its unit's shares are locked
        RuleViolation.require(share.isActive(), "Share " + shareId + " has ended; the history keeps it as it was");
        changes.percentage().ifPresent(fraction -> {
            UnitShares.requireRoom(activeTotal(unit.id()).subtract(share.getPercentage()), fraction);
            share.changePercentage(fraction);
        });
        changes.primaryContact().ifPresent(primary -> {
            if (primary) {
                clearPrimaryContact(unit.id());
            }
            share.setPrimaryContact(primary);
        });
        em.flush();
        return share;
    }

    /** A transfer's two shares: the one ended and the one it became. */
    public record Transfer(Ownership ended, Ownership started) {
    }

    /** Ends one owner's share and gives the same fraction (and primary contact role) to another. */
    @Transactional
    public Transfer transfer(UUID unitId, UUID fromOwnerId, UUID toOwnerId) {
        UnitRef unit = lockedUnit(unitId);
        Ownership from = activeOrNotFound(unitId, fromOwnerId);
        Owner to = ownerOf(unit, toOwnerId);
        requireNoShare(unitId, to);
        from.end();
        em.flush();
        return new Transfer(from, add(unit, to.getId(), from.getPercentage(), from.isPrimaryContact()));
    }

    private void requireNoShare(UUID unitId, Owner owner) {
        RuleViolation.require(active(unitId, owner.getId()) == null,
                "Owner " + owner.getId() + " already holds a share of this unit");
    }

    private Ownership add(UnitRef unit, UUID ownerId, BigDecimal percentage, boolean primary) {
        if (primary) {
            clearPrimaryContact(unit.id());
        }
        Ownership share = new Ownership(unit.organizationId(), unit.id(), unit.buildingId(), ownerId, percentage,
                primary);
        em.persist(share);
        Conflicts.flush(em, Map.of("unit_owners_active_owner",
                "Owner " + ownerId + " already holds a share of this unit"));
        return share;
    }

    private void clearPrimaryContact(UUID unitId) {
        em.createNamedQuery(Ownership.ACTIVE_PRIMARY, Ownership.class).setParameter("unit", unitId)
                .getResultStream().forEach(other -> other.setPrimaryContact(false));
    }

    private UnitRef readableUnit(UUID unitId) {
        return property.unit(unitId)
                .filter(unit -> visibility.canSee(unit.organizationId(), unit.buildingId()))
                .orElseThrow(() -> new NotFound("No unit " + unitId));
    }

    /** The unit, with its shares locked for this transaction. */
    private UnitRef lockedUnit(UUID unitId) {
        UnitRef unit = property.unit(unitId)
                .filter(found -> caller.canSee(found.organizationId()))
                .orElseThrow(() -> new NotFound("No unit " + unitId));
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1, ?2)) locked")
                .setParameter(1, UNIT_SHARES_LOCKS)
                .setParameter(2, unitId.hashCode())
                .getSingleResult();
        return unit;
    }

    private Owner ownerOf(UnitRef unit, UUID ownerId) {
        return owners.inOrganization(ownerId, unit.organizationId())
                .orElseThrow(() -> new NotFound("No owner " + ownerId));
    }

    private Ownership activeOrNotFound(UUID unitId, UUID ownerId) {
        Ownership share = active(unitId, ownerId);
        if (share == null) {
            throw new NotFound("Owner " + ownerId + " holds no active share of unit " + unitId);
        }
        return share;
    }

    private Ownership active(UUID unitId, UUID ownerId) {
        return em.createNamedQuery(Ownership.ACTIVE_OF_OWNER, Ownership.class).setParameter("unit", unitId)
                .setParameter("owner", ownerId).getResultStream().findFirst().orElse(null);
    }

    private BigDecimal activeTotal(UUID unitId) {
        return em.createNamedQuery(Ownership.ACTIVE_TOTAL, BigDecimal.class).setParameter("unit", unitId)
                .getSingleResult();
    }
}
