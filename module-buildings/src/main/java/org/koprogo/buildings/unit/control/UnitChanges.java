package org.koprogo.buildings.unit.control;

import java.math.BigDecimal;
import java.util.UUID;

import org.koprogo.buildings.unit.entity.UnitType;

/**
 * What a client sets on a unit, its number trimmed. {@code buildingId} is required on create; on update, if
 * given, it must name the unit's own building.
 */
public record UnitChanges(UUID buildingId, String unitNumber, UnitType unitType, Integer floor,
                          BigDecimal surfaceArea, BigDecimal quota) {
}
