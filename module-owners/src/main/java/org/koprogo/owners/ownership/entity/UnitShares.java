package org.koprogo.owners.ownership.entity;

import java.math.BigDecimal;

import org.koprogo.core.refusal.boundary.RuleViolation;

/** The rule a unit's shares keep together: its active shares total at most the whole unit (1, that is 100%). */
public final class UnitShares {

    private UnitShares() {
    }

    /** Refuses (409) a share that would take the unit's active total past 1. */
    public static void requireRoom(BigDecimal activeTotal, BigDecimal added) {
        BigDecimal total = activeTotal.add(added);
        if (total.compareTo(BigDecimal.ONE) > 0) {
            throw new RuleViolation("The unit's active shares would total " + percent(total) + " (now "
                    + percent(activeTotal) + "); they may not exceed 100%");
        }
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
