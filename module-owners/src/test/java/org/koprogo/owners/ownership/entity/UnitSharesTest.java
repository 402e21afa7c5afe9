package org.koprogo.owners.ownership.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.koprogo.core.refusal.boundary.RuleViolation;

class UnitSharesTest {

    @ParameterizedTest(name = "{0} held, {1} more")
    @CsvSource({"0, 1", "0, 0.000001", "0.5, 0.5", "0.333333, 0.666667", "0.999999, 0.000001", "0.25, 0.25"})
    void aShareFitsWhileTheUnitsActiveSharesTotalAtMostTheWholeUnit(String held, String added) {
        assertDoesNotThrow(() -> UnitShares.requireRoom(new BigDecimal(held), new BigDecimal(added)));
    }

    @ParameterizedTest(name = "{0} held, {1} more")
    @CsvSource(delimiter = '|', value = {
            "0.5      | 0.500001 | The unit's active shares would total 100.0001% (now 50%); they may not exceed 100%",
            "1        | 0.000001 | The unit's active shares would total 100.0001% (now 100%); they may not exceed 100%",
            "0.333333 | 0.666668 | The unit's active shares would total 100.0001% (now 33.3333%); they may not exceed 100%",
            "0.75     | 0.5      | The unit's active shares would total 125% (now 75%); they may not exceed 100%"})
    void aShareThatWouldTakeTheTotalPastTheWholeUnitIsRefusedSayingByHowMuch(String held, String added,
                                                                               String detail) {
        RuleViolation refusal = assertThrows(RuleViolation.class,
                () -> UnitShares.requireRoom(new BigDecimal(held), new BigDecimal(added)));
        assertEquals(detail, refusal.getMessage());
    }
}
