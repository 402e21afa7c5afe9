package org.koprogo.owners.ownership.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OwnershipTest {

    private static Ownership share(String percentage) {
        return new Ownership(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                new BigDecimal(percentage), false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.000001", "0.333333", "0.5", "1", "1.000000"})
    void aShareIsMoreThanNothingAndAtMostTheWholeUnit(String percentage) {
        assertEquals(new BigDecimal(percentage), share(percentage).getPercentage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.000000", "-0.5", "1.000001", "2"})
    void aShareOfNothingOrMoreThanTheWholeUnitIsRefused(String percentage) {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> share(percentage));
        assertEquals("a share is more than 0 and at most 1", refusal.getMessage());
    }

    @Test
    void aNewShareIsActiveFromItsStart() {
        Ownership share = share("0.5");
        assertNull(share.getEndDate());
        assertNotNull(share.getStartDate());
        assertEquals(share.getStartDate(), share.getCreatedAt());
    }

    @Test
    void endingAShareKeepsItAsHistory() {
        Ownership share = share("0.5");
        share.end();
        assertNotNull(share.getEndDate());
        assertFalse(share.getEndDate().isBefore(share.getStartDate()));
        assertEquals(share.getEndDate(), share.getUpdatedAt());
        assertEquals(new BigDecimal("0.5"), share.getPercentage());
    }

    @Test
    void aShareEndsOnlyOnce() {
        Ownership share = share("0.5");
        share.end();
        var firstEnd = share.getEndDate();
        assertThrows(IllegalStateException.class, share::end);
        assertEquals(firstEnd, share.getEndDate());
    }

    @Test
    void thePrimaryContactRoleCanBeGivenAndTaken() {
        Ownership share = new Ownership(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                new BigDecimal("0.25"), true);
        assertTrue(share.isPrimaryContact());
        share.setPrimaryContact(false);
        assertFalse(share.isPrimaryContact());
    }

    @Test
    void anActiveShareChangesItsFractionWithinTheSameBounds() {
        Ownership share = share("0.5");
        share.changePercentage(new BigDecimal("0.75"));
        assertEquals(new BigDecimal("0.75"), share.getPercentage());
        assertThrows(IllegalArgumentException.class, () -> share.changePercentage(BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class, () -> share.changePercentage(new BigDecimal("1.1")));
        assertEquals(new BigDecimal("0.75"), share.getPercentage());
    }

    @Test
    void anEndedShareKeepsTheFractionItEndedWith() {
        Ownership share = share("0.5");
        share.end();
        assertFalse(share.isActive());
        assertThrows(IllegalStateException.class, () -> share.changePercentage(new BigDecimal("0.25")));
        assertEquals(new BigDecimal("0.5"), share.getPercentage());
    }
}
