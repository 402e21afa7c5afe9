package org.koprogo.buildings.unit.boundary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.koprogo.buildings.unit.entity.Unit;
import org.koprogo.buildings.unit.entity.UnitType;

/** A unit as KoproGo's v1 clients read it. */
public record UnitResponse(UUID id, UUID organizationId, UUID buildingId, String unitNumber, UnitType unitType,
                           Integer floor, BigDecimal surfaceArea, BigDecimal quota, OffsetDateTime createdAt,
                           OffsetDateTime updatedAt) {

    public static UnitResponse of(Unit u) {
        return new UnitResponse(u.getId(), u.getOrganizationId(), u.getBuildingId(), u.getUnitNumber(),
                u.getUnitType(), u.getFloor(), u.getSurfaceArea(), u.getQuota(), u.getCreatedAt(), u.getUpdatedAt());
    }
}
