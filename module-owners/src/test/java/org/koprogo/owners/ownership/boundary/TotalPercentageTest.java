package org.koprogo.owners.ownership.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotalPercentageTest {

    @ParameterizedTest(name = "{0} shows as {1}")
    @CsvSource({"0, 0.00%", "0.5, 50.00%", "1.000000, 100.00%", "0.333333, 33.33%", "0.666667, 66.67%",
            "0.000050, 0.01%", "0.000049, 0.00%"})
    void theTotalIsShownAsAPercentWithTwoDecimalsRoundedHalfUp(String total, String display) {
        UUID unit = UUID.randomUUID();
        TotalPercentage answer = TotalPercentage.of(unit, new BigDecimal(total));
        assertEquals(display, answer.percentageDisplay());
        assertEquals(new BigDecimal(total), answer.totalOwnershipPercentage());
        assertEquals(unit, answer.unitId());
    }
}
