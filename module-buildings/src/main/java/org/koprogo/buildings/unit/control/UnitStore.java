package org.koprogo.buildings.unit.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.koprogo.buildings.building.entity.Building;
import org.koprogo.buildings.unit.boundary.UnitRequest;
import org.koprogo.buildings.unit.boundary.UnitResponse;
import org.koprogo.buildings.unit.entity.Unit;
import org.koprogo.buildings.unit.entity.UnitType;
import org.koprogo.core.conditional.boundary.Versioned;
import org.koprogo.core.database.boundary.Conflicts;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageRequest;
import org.koprogo.core.paging.boundary.JpaPages;
import org.koprogo.core.refusal.boundary.InvalidInput;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.core.tenancy.boundary.Visibility;
import org.koprogo.core.refusal.boundary.InvalidField;

/**
 * Units and the tantièmes rule: the quotas of a building's units never exceed its total. Every write of a unit
 * locks the building's row first, so concurrent writes are checked one after the other, and all take their
 * locks in one order (building, then unit, then the row counts and the building's allocated quota, which
 * triggers update): a delete that locked the unit and its row count first would deadlock with a create.
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

    public Page<UnitResponse> list(UUID buildingId, UnitType type, PageRequest request) {
        return JpaPages.list(em, Unit.class, Unit.SELECT_JPQL, Unit.COUNT_JPQL,
                visibility.where("u.organizationId", "u.buildingId")
                        .and("u.buildingId = :building", "building", buildingId)
                        .and("u.unitType = :type", "type", type),
                SORTS, "u.id", request, UnitResponse::of);
    }

    @Transactional
    public UnitResponse create(UnitRequest request) {
        if (request.buildingId() == null) {
            throw new InvalidInput(List.of(InvalidField.inBody("#/building_id", "must not be null")));
        }
        Building building = lockedBuilding(request.buildingId());
        requireRoom(building, building.getAllocatedQuota().add(request.quota()));
        Unit unit = new Unit(building.getOrganizationId(), building.getId(), request.unitNumber().trim(),
                request.unitType(), request.floor(), request.surfaceArea(), request.quota());
        em.persist(unit);
        saved(unit);
        return UnitResponse.of(unit);
    }

    public Optional<Versioned<UnitResponse>> find(UUID id) {
        return visible(id).map(UnitStore::versioned);
    }

    @Transactional
    public Versioned<UnitResponse> update(UUID id, Request preconditions, UnitRequest request) {
        Unit unit = existing(id, preconditions);
        if (request.buildingId() != null && !request.buildingId().equals(unit.getBuildingId())) {
            throw new InvalidInput(List.of(InvalidField.inBody("#/building_id",
                    "a unit cannot move to another building")));
        }
        Building building = lockedBuilding(unit.getBuildingId());
        requireRoom(building, building.getAllocatedQuota().subtract(unit.getQuota()).add(request.quota()));
        unit.describe(request.unitNumber().trim(), request.unitType(), request.floor(), request.surfaceArea(),
                request.quota());
        saved(unit);
        return versioned(unit);
    }

    @Transactional
    public void delete(UUID id, Request preconditions) {
        Unit unit = existing(id, preconditions);
        lockedBuilding(unit.getBuildingId());
        em.remove(unit);
        Conflicts.flushRemoval(em, "Unit " + id);
    }

    private Building lockedBuilding(UUID id) {
        return Optional.ofNullable(em.find(Building.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(building -> caller.canSee(building.getOrganizationId()))
                .orElseThrow(() -> new NotFoundException("No building " + id));
    }

    private static void requireRoom(Building building, BigDecimal total) {
        if (total.compareTo(BigDecimal.valueOf(building.getTotalTantiemes())) > 0) {
            throw new ClientErrorException("The units' quotas would total " + total.stripTrailingZeros().toPlainString()
                    + ", more than the building's " + building.getTotalTantiemes() + " tantièmes",
                    Response.Status.CONFLICT);
        }
    }

    private void saved(Unit unit) {
        Conflicts.flush(em, Map.of("units_building_number",
                "Unit " + unit.getUnitNumber() + " already exists in this building"));
    }

    private Unit existing(UUID id, Request preconditions) {
        Unit unit = visible(id).orElseThrow(() -> new NotFoundException("No unit " + id));
        Versioned.requireMatch(preconditions, Versioned.tagOf(id, unit.getVersion()));
        return unit;
    }

    private Optional<Unit> visible(UUID id) {
        return Optional.ofNullable(em.find(Unit.class, id))
                .filter(unit -> visibility.canSee(unit.getOrganizationId(), unit.getBuildingId()));
    }

    private static Versioned<UnitResponse> versioned(Unit unit) {
        return Versioned.of(UnitResponse.of(unit), unit.getId(), unit.getVersion());
    }
}
