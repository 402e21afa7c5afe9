package org.koprogo.owners.privacy.control;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.koprogo.core.property.boundary.PropertyDirectory.BuildingRef;
import org.koprogo.core.property.boundary.PropertyDirectory.UnitRef;
import org.koprogo.owners.ownership.entity.Ownership;

/**
 * A share an owner holds or held, in its GDPR export (part {@code units}), with the unit and building it is of.
 * {@code ownershipPercentage} is the fraction of the unit, as the shares' routes answer it (1 is all of it).
 */
public record ExportedShare(UUID unitId, UUID buildingId, String buildingName, String buildingAddress,
                            String unitNumber, Integer floor, BigDecimal ownershipPercentage,
                            OffsetDateTime startDate, OffsetDateTime endDate, boolean isPrimaryContact) {

    /** The share with its unit and building, either null if module-buildings no longer finds it. */
    static ExportedShare of(Ownership share, UnitRef unit, BuildingRef building) {
        return new ExportedShare(share.getUnitId(), share.getBuildingId(), building == null ? null : building.name(),
                building == null ? null : building.address(), unit == null ? null : unit.unitNumber(),
                unit == null ? null : unit.floor(), share.getPercentage(), share.getStartDate(), share.getEndDate(),
                share.isPrimaryContact());
    }
}
