package org.koprogo.buildings.unit.control;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.koprogo.buildings.building.control.BuildingStore;
import org.koprogo.buildings.building.entity.Building;
import org.koprogo.buildings.unit.entity.Unit;
import org.koprogo.buildings.unit.entity.UnitType;
import org.koprogo.core.conditional.boundary.IfMatch;
import org.koprogo.core.database.boundary.Conflicts;
import org.koprogo.core.paging.boundary.JpaPages;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageRequest;
import org.koprogo.core.refusal.boundary.InvalidInput;
import org.koprogo.core.refusal.boundary.NotFound;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.core.tenancy.boundary.Visibility;

/**
 * Units and the tantièmes rule ({@link Building#reallocate}): the quotas of a building's units never exceed its
 * total. Every write of a unit locks the building's row first, so concurrent writes are checked one after the
 * other, and all take their locks in one order (building, then unit, then the row counts and the building's
 * allocated quota, which triggers update): a delete that locked the unit and its row count first would deadlock
 * with a create.
 */
@ApplicationScoped
public class UnitStore {

    /** Wire names clients may sort by; each served by an index starting with organization_id (or building_id). */
    public static final Map<String, String> SORTS = Map.of("unit_number", "u.unitNumber",
            "created_at", "u.createdAt");

    @PersistenceContext(unitName = "buildings")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Visibility visibility;

    public <T> Page<T> list(UUID buildingId, UnitType type, PageRequest request, Function<Unit, T> view) {
        return JpaPages.list(em, Unit.class, Unit.SELECT_JPQL, Unit.COUNT_JPQL,
                visibility.where("u.organizationId", "u.buildingId")
                        .and("u.buildingId = :building", "building", buildingId)
                        .and("u.unitType = :type", "type", type),
                SORTS, "u.id", request, view);
    }

    @Transactional
    public Unit create(UnitChanges changes) {
        if (changes.buildingId() == null) {
            throw InvalidInput.inBody("#/building_id", "must not be null");
        }
        Building building = lockedBuilding(changes.buildingId());
        building.reallocate(BigDecimal.ZERO, changes.quota());
        Unit unit = new Unit(building.getOrganizationId(), building.getId(), changes.unitNumber(),
                changes.unitType(), changes.floor(), changes.surfaceArea(), changes.quota());
        em.persist(unit);
        saved(unit);
        return unit;
    }

    /** The unit, if it exists and the caller may see it. */
    public Optional<Unit> find(UUID id) {
        return Optional.ofNullable(em.find(Unit.class, id))
                .filter(unit -> visibility.canSee(unit.getOrganizationId(), unit.getBuildingId()));
    }

    @Transactional
    public Unit update(UUID id, IfMatch ifMatch, UnitChanges changes) {
        Unit unit = existing(id, ifMatch);
        if (changes.buildingId() != null && !changes.buildingId().equals(unit.getBuildingId())) {
            throw InvalidInput.inBody("#/building_id", "a unit cannot move to another building");
        }
        Building building = lockedBuilding(unit.getBuildingId());
        building.reallocate(unit.getQuota(), changes.quota());
        unit.describe(changes.unitNumber(), changes.unitType(), changes.floor(), changes.surfaceArea(),
                changes.quota());
        saved(unit);
        return unit;
    }

    @Transactional
    public void delete(UUID id, IfMatch ifMatch) {
        Unit unit = existing(id, ifMatch);
        lockedBuilding(unit.getBuildingId());
        em.remove(unit);
        Conflicts.flushRemoval(em, "Unit " + id);
    }

    private Building lockedBuilding(UUID id) {
        return Optional.ofNullable(em.find(Building.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(building -> caller.canSee(building.getOrganizationId()))
                .orElseThrow(() -> BuildingStore.notFound(id));
    }

    private void saved(Unit unit) {
        Conflicts.flush(em, Map.of("units_building_number",
                "Unit " + unit.getUnitNumber() + " already exists in this building"));
    }

    private Unit existing(UUID id, IfMatch ifMatch) {
        Unit unit = find(id).orElseThrow(() -> notFound(id));
        ifMatch.require(id, unit.getVersion());
        return unit;
    }

    public static NotFound notFound(UUID id) {
        return new NotFound("No unit " + id);
    }
}
