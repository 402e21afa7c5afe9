package org.koprogo.buildings.unit.control;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.koprogo.buildings.building.entity.Building;
import org.koprogo.buildings.unit.entity.Unit;
import org.koprogo.core.property.boundary.PropertyDirectory;

/**
 * module-buildings' side of the property contract: references by id, for the modules that require this one. It
 * lives with the units, which know their buildings (a building knows none of its units).
 */
@ApplicationScoped
public class BuildingsDirectory implements PropertyDirectory {

    @PersistenceContext(unitName = "buildings")
    EntityManager em;

    @Override
    public Optional<BuildingRef> building(UUID id) {
        return Optional.ofNullable(em.find(Building.class, id))
                .map(building -> new BuildingRef(building.getId(), building.getOrganizationId(),
                        building.getName(), building.getAddress()));
    }

    @Override
    public Optional<UnitRef> unit(UUID id) {
        return Optional.ofNullable(em.find(Unit.class, id))
                .map(unit -> new UnitRef(unit.getId(), unit.getOrganizationId(), unit.getBuildingId(),
                        unit.getUnitNumber(), unit.getFloor()));
    }
}
