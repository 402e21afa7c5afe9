package org.koprogo.expenses.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountTypeTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "1, LIABILITY", "100000, LIABILITY", "130, LIABILITY", "17, LIABILITY",
            "2, ASSET", "220000, ASSET", "3, ASSET", "340, ASSET", "5, ASSET", "550000, ASSET",
            "4, ASSET", "40, ASSET", "400000, ASSET", "410000, ASSET", "499000, ASSET", "49, ASSET",
            "42, LIABILITY", "420000, LIABILITY", "440000, LIABILITY", "451000, LIABILITY", "480000, LIABILITY",
            "6, EXPENSE", "610000, EXPENSE", "8, EXPENSE", "800, EXPENSE",
            "7, REVENUE", "700000, REVENUE",
            "0, OFF_BALANCE", "010000, OFF_BALANCE", "9, OFF_BALANCE", "990000, OFF_BALANCE"})
    void theCodesClassDecidesTheType(String code, AccountType type) {
        assertEquals(type, AccountType.of(code));
    }

    @Test
    void theWireSpellingIsKoproGosCapitalsWithoutUnderscore() {
        assertEquals("OFFBALANCE", AccountType.OFF_BALANCE.toString());
        assertEquals("LIABILITY", AccountType.LIABILITY.toString());
    }

    @Test
    void anAccountTakesItsTypeFromItsCode() {
        assertEquals(AccountType.LIABILITY, new Account(null, "440000", "Fournisseurs", "44", true).getAccountType());
        assertEquals(AccountType.EXPENSE, new Account(null, "6", "Charges", null, false).getAccountType());
    }

    @Test
    void anAccountCodeStartsWithADigit() {
        assertThrows(IllegalArgumentException.class, () -> new Account(null, "", "x", null, true));
        assertThrows(IllegalArgumentException.class, () -> new Account(null, "A100", "x", null, true));
        assertThrows(IllegalArgumentException.class, () -> new Account(null, null, "x", null, true));
    }

    @Test
    void anAccountCannotBeItsOwnParent() {
        assertThrows(IllegalArgumentException.class, () -> new Account(null, "610000", "x", "610000", true));
        Account account = new Account(null, "610000", "x", "61", true);
        assertThrows(IllegalArgumentException.class, () -> account.describe("x", "610000", true));
    }
}
