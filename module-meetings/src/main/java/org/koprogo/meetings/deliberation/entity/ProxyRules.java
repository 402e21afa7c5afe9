package org.koprogo.meetings.deliberation.entity;

import java.math.BigDecimal;
import java.util.List;

import org.koprogo.core.refusal.boundary.RuleViolation;

/**
 * Who may hold proxies, and how many (art. 3.87 §7): anyone but the syndic; three proxies always, more only while
 * the holder's own votes and their principals' stay within 10 % of the total votes, that limit included.
 */
public final class ProxyRules {

    public static final int FREELY_HELD = 3;

    private ProxyRules() {
    }

    /**
     * Refuses a proxy the law does not allow.
     *
     * @param syndic     whether the holder is the building's syndic
     * @param own        the holder's own votes, zero for someone who is not a co-owner
     * @param principals the votes of every principal of the holder, the new one included
     * @param all        the quotas of every co-owner of the building on the meeting date
     */
    public static void requireAllowed(boolean syndic, BigDecimal own, List<BigDecimal> principals, BigDecimal all) {
        RuleViolation.require(!syndic, "The syndic may not hold a proxy (art. 3.87 §7)");
        if (principals.size() <= FREELY_HELD) {
            return;
        }
        BigDecimal carried = principals.stream().reduce(own, BigDecimal::add);
        RuleViolation.require(carried.multiply(BigDecimal.TEN).compareTo(all) <= 0,
                "A holder takes more than " + FREELY_HELD + " proxies only while their own and their principals'"
                        + " votes stay within 10 % of all votes: " + carried.stripTrailingZeros().toPlainString()
                        + " of " + all.stripTrailingZeros().toPlainString() + " here (art. 3.87 §7)");
    }
}
