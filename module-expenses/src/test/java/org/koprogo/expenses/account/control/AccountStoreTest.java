package org.koprogo.expenses.account.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.koprogo.core.refusal.boundary.RuleViolation;

/** A code is unique across what an organization sees: the shared chart and its own accounts. */
class AccountStoreTest {

    private static final List<Boolean> NONE = List.of();
    private static final List<Boolean> SHARED = List.of(true);
    private static final List<Boolean> OWN = List.of(false);
    private static final List<Boolean> OWN_OF_TWO = List.of(false, false);

    @Test
    void aCodeNoOneHoldsIsFreeForTheSharedChartAndForAnOrganization() {
        assertDoesNotThrow(() -> AccountStore.requireFree("6119", true, NONE));
        assertDoesNotThrow(() -> AccountStore.requireFree("6119", false, NONE));
    }

    @Test
    void anOrganizationCannotTakeACodeItSeesAlready() {
        assertRefused("Account 612 already exists", false, SHARED);
        assertRefused("Account 612 already exists", false, OWN);
    }

    @Test
    void theSharedChartCannotTakeACodeTwice() {
        assertRefused("Account 612 already exists", true, SHARED);
        assertRefused("Account 612 already exists", true, List.of(false, true));
    }

    @Test
    void theSharedChartCannotTakeACodeAnOrganizationHasWhichItsAccountWouldHide() {
        assertRefused("Account 612 is already an organization's own account, which a shared one would hide", true,
                OWN);
        assertRefused("Account 612 is already an organization's own account, which a shared one would hide", true,
                OWN_OF_TWO);
    }

    private static void assertRefused(String detail, boolean shared, List<Boolean> holders) {
        RuleViolation refusal = assertThrows(RuleViolation.class, () -> AccountStore.requireFree("612", shared,
                holders));
        assertEquals(detail, refusal.getMessage());
    }
}
