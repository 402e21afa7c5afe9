package org.koprogo.meetings.deliberation.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.koprogo.core.refusal.boundary.RuleViolation;

/** The proxy limits of art. 3.87 §7 on building L (10,000 votes, so 10 % is 1,000): P1–P5. */
class ProxyRulesTest {

    static final BigDecimal L = BigDecimal.valueOf(10_000);
    static final BigDecimal M_OWN = BigDecimal.valueOf(200);

    @Test
    void p1ThreeProxiesAreAlwaysAllowed() {
        assertDoesNotThrow(() -> ProxyRules.requireAllowed(false, M_OWN, votes(1000, 1000, 500), L));
    }

    @Test
    void p2AFourthWithinTenPercentIsAllowedThatLimitIncluded() {
        assertDoesNotThrow(() -> ProxyRules.requireAllowed(false, M_OWN, votes(200, 200, 150, 250), L));
    }

    @Test
    void p3AFourthBeyondTenPercentIsRefused() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> ProxyRules.requireAllowed(false, M_OWN, votes(200, 200, 150, 251), L));
        assertTrue(refused.getMessage().contains("1001 of 10000"), refused.getMessage());
    }

    @Test
    void p4TheSyndicHoldsNone() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> ProxyRules.requireAllowed(true, BigDecimal.ZERO, votes(10), L));
        assertTrue(refused.getMessage().contains("syndic"), refused.getMessage());
    }

    @Test
    void p5AnOutsiderWithFiveSmallProxies() {
        assertDoesNotThrow(() -> ProxyRules.requireAllowed(false, BigDecimal.ZERO, votes(200, 200, 200, 200, 190), L));
        assertThrows(RuleViolation.class,
                () -> ProxyRules.requireAllowed(false, BigDecimal.ZERO, votes(200, 200, 200, 200, 201), L));
    }

    private static List<BigDecimal> votes(int... each) {
        return Arrays.stream(each).mapToObj(BigDecimal::valueOf).toList();
    }
}
