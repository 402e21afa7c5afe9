package org.koprogo.buildings.building.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.koprogo.core.refusal.boundary.RuleViolation;

class BuildingTest {

    private static Building building(int totalUnits, int totalTantiemes) {
        return new Building(UUID.randomUUID(), "Résidence Léopold", "Rue Royale 1", "Bruxelles", "1000", "BE",
                totalUnits, totalTantiemes, 1965);
    }

    @ParameterizedTest(name = "{0} units, {1} tantièmes")
    @CsvSource({"0, 1", "12, 1000", "100000, 1000000"})
    void aBuildingHasPositiveTantiemesAndNoNegativeUnitCount(int totalUnits, int totalTantiemes) {
        Building building = building(totalUnits, totalTantiemes);
        assertEquals(totalUnits, building.getTotalUnits());
        assertEquals(totalTantiemes, building.getTotalTantiemes());
    }

    @ParameterizedTest(name = "{0} units, {1} tantièmes")
    @CsvSource({"12, 0", "12, -1000", "-1, 1000"})
    void zeroOrNegativeTantiemesOrANegativeUnitCountAreRefused(int totalUnits, int totalTantiemes) {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> building(totalUnits, totalTantiemes));
        assertEquals("total_units >= 0 and total_tantiemes > 0", refusal.getMessage());
    }

    @Test
    void aRefusedChangeLeavesTheBuildingAsItWas() {
        Building building = building(12, 1000);
        assertThrows(IllegalArgumentException.class,
                () -> building.describe("Other", "a", "c", "p", "BE", 12, 0, null));
        assertEquals("Résidence Léopold", building.getName());
        assertEquals(1000, building.getTotalTantiemes());
    }

    @Test
    void aChangeReplacesEverythingButIdentityAndOrganization() {
        Building building = building(12, 1000);
        UUID id = building.getId();
        UUID organization = building.getOrganizationId();
        building.describe("Le Phare", "Digue 5", "Ostende", "8400", "BE", 40, 10000, null);
        assertEquals(id, building.getId());
        assertEquals(organization, building.getOrganizationId());
        assertEquals("Le Phare", building.getName());
        assertEquals(40, building.getTotalUnits());
        assertEquals(10000, building.getTotalTantiemes());
        assertEquals(null, building.getConstructionYear());
    }

    @Test
    void aBuildingNeedsANameAndAnOrganization() {
        assertThrows(IllegalArgumentException.class,
                () -> new Building(UUID.randomUUID(), " ", "a", "c", "p", "BE", 1, 1000, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Building(UUID.randomUUID(), null, "a", "c", "p", "BE", 1, 1000, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Building(null, "Name", "a", "c", "p", "BE", 1, 1000, null));
    }

    @Test
    void aNewBuildingWasCreatedWhenLastUpdated() {
        Building building = building(1, 1000);
        assertEquals(building.getCreatedAt(), building.getUpdatedAt());
    }

    @Test
    void unitsMayTakeEveryTantiemeButNotOneThousandthMore() {
        Building building = building(12, 1000);
        building.reallocate(BigDecimal.ZERO, new BigDecimal("600"));
        building.reallocate(BigDecimal.ZERO, new BigDecimal("399.999"));
        RuleViolation refusal = assertThrows(RuleViolation.class,
                () -> building.reallocate(BigDecimal.ZERO, new BigDecimal("0.002")));
        assertEquals("The units' quotas would total 1000.001, more than the building's 1000 tantièmes",
                refusal.getMessage());
        building.reallocate(BigDecimal.ZERO, new BigDecimal("0.001"));
    }

    @ParameterizedTest(name = "a unit of {0} becomes {1}")
    @CsvSource({"400, 400", "400, 0.5", "400, 1000", "1000, 1000"})
    void aUnitsNewQuotaReplacesItsOldOne(String released, String taken) {
        Building building = building(12, 1000);
        building.reallocate(BigDecimal.ZERO, new BigDecimal(released));
        building.reallocate(new BigDecimal(released), new BigDecimal(taken));
        building.reallocate(BigDecimal.ZERO, new BigDecimal("1000").subtract(new BigDecimal(taken)));
        assertThrows(RuleViolation.class, () -> building.reallocate(BigDecimal.ZERO, new BigDecimal("0.001")));
    }

    @Test
    void aRefusedQuotaLeavesTheUnitsHoldingWhatTheyHeld() {
        Building building = building(12, 1000);
        building.reallocate(BigDecimal.ZERO, new BigDecimal("700"));
        RuleViolation refusal = assertThrows(RuleViolation.class,
                () -> building.reallocate(new BigDecimal("200"), new BigDecimal("600.50")));
        assertEquals("The units' quotas would total 1100.5, more than the building's 1000 tantièmes",
                refusal.getMessage());
        building.reallocate(BigDecimal.ZERO, new BigDecimal("300"));
    }

    @Test
    void theTantiemesCannotDropBelowWhatTheUnitsHold() {
        Building building = building(12, 1000);
        building.reallocate(BigDecimal.ZERO, new BigDecimal("600.500"));
        RuleViolation refusal = assertThrows(RuleViolation.class,
                () -> building.describe("Other", "a", "c", "p", "BE", 12, 600, null));
        assertEquals("The building's units already hold 600.5 tantièmes; total_tantiemes cannot be 600",
                refusal.getMessage());
        assertEquals("Résidence Léopold", building.getName(), "a refused change changes nothing");
        building.describe("Other", "a", "c", "p", "BE", 12, 601, null);
        assertEquals(601, building.getTotalTantiemes());
        assertThrows(RuleViolation.class, () -> building.reallocate(BigDecimal.ZERO, BigDecimal.ONE));
    }
}
