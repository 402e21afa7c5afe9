package org.koprogo.owners.ownership.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/** KoproGo's total-percentage answer: the sum of a unit's active shares, and the same as "50.00%". */
public record TotalPercentage(UUID unitId, BigDecimal totalOwnershipPercentage, String percentageDisplay) {

    public static TotalPercentage of(UUID unitId, BigDecimal total) {
        return new TotalPercentage(unitId, total,
                total.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%");
    }
}
