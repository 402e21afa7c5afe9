package org.koprogo.buildings.unit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitTest {

    private static Unit unit(String surfaceArea, String quota) {
        return new Unit(UUID.randomUUID(), UUID.randomUUID(), "A1", UnitType.APARTMENT, 1,
                new BigDecimal(surfaceArea), new BigDecimal(quota));
    }

    @ParameterizedTest(name = "{0} m², quota {1}")
    @CsvSource({"85.50, 125.000", "0.01, 0.001", "12, 1000000"})
    void aUnitHasAPositiveSurfaceAndAPositiveQuota(String surfaceArea, String quota) {
        Unit unit = unit(surfaceArea, quota);
        assertEquals(new BigDecimal(surfaceArea), unit.getSurfaceArea());
        assertEquals(new BigDecimal(quota), unit.getQuota());
    }

    @ParameterizedTest(name = "{0} m², quota {1}")
    @CsvSource({"85.50, 0", "85.50, 0.000", "85.50, -1", "0, 125", "-3, 125"})
    void aZeroOrNegativeQuotaOrSurfaceIsRefused(String surfaceArea, String quota) {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> unit(surfaceArea, quota));
        assertEquals("surface_area and quota must be positive", refusal.getMessage());
    }

    @Test
    void aRefusedChangeLeavesTheUnitAsItWas() {
        Unit unit = unit("85.50", "125");
        assertThrows(IllegalArgumentException.class, () -> unit.describe("B2", UnitType.PARKING, 0,
                new BigDecimal("12"), BigDecimal.ZERO));
        assertEquals("A1", unit.getUnitNumber());
        assertEquals(new BigDecimal("125"), unit.getQuota());
    }

    @Test
    void aChangeKeepsTheUnitsBuildingAndOrganization() {
        Unit unit = unit("85.50", "125");
        UUID building = unit.getBuildingId();
        UUID organization = unit.getOrganizationId();
        unit.describe("P3", UnitType.PARKING, -1, new BigDecimal("12.5"), new BigDecimal("8.5"));
        assertEquals(building, unit.getBuildingId());
        assertEquals(organization, unit.getOrganizationId());
        assertEquals("P3", unit.getUnitNumber());
        assertEquals(UnitType.PARKING, unit.getUnitType());
        assertEquals(-1, unit.getFloor());
        assertEquals(new BigDecimal("8.5"), unit.getQuota());
    }

    @Test
    void aUnitNeedsANumberATypeAndAnOrganizationsBuilding() {
        BigDecimal one = BigDecimal.ONE;
        UUID id = UUID.randomUUID();
        assertThrows(IllegalArgumentException.class, () -> new Unit(id, id, " ", UnitType.CELLAR, null, one, one));
        assertThrows(IllegalArgumentException.class, () -> new Unit(id, id, null, UnitType.CELLAR, null, one, one));
        assertThrows(IllegalArgumentException.class, () -> new Unit(id, id, "C1", null, null, one, one));
        assertThrows(IllegalArgumentException.class, () -> new Unit(null, id, "C1", UnitType.CELLAR, null, one, one));
        assertThrows(IllegalArgumentException.class, () -> new Unit(id, null, "C1", UnitType.CELLAR, null, one, one));
    }

    @Test
    void theWireSpellingOfATypeIsPascalCase() {
        assertEquals("Apartment", UnitType.APARTMENT.toString());
        assertEquals("Commercial", UnitType.COMMERCIAL.toString());
    }
}
