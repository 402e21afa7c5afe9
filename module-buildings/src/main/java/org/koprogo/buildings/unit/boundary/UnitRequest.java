package org.koprogo.buildings.unit.boundary;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.koprogo.buildings.unit.control.UnitChanges;
import org.koprogo.buildings.unit.entity.UnitType;

/**
 * A unit as clients send it. The organization is always the building's; KoproGo clients' organization_id is
 * ignored. On update, building_id (if sent) must name the unit's own building.
 */
public record UnitRequest(
        UUID buildingId,
        @NotBlank @Size(max = 50) String unitNumber,
        @NotNull UnitType unitType,
        @Min(-20) @Max(300) Integer floor,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 8, fraction = 2) BigDecimal surfaceArea,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000")
        @Digits(integer = 7, fraction = 3) BigDecimal quota) {

    public UnitChanges changes() {
        return new UnitChanges(buildingId, unitNumber.trim(), unitType, floor, surfaceArea, quota);
    }
}
