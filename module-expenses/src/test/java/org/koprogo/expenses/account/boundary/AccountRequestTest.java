package org.koprogo.expenses.account.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.koprogo.expenses.account.control.AccountChanges;

class AccountRequestTest {

    @ParameterizedTest(name = "direct_use={0}")
    @CsvSource(value = {"NULL, true", "true, true", "false, false"}, nullValues = "NULL")
    void anAccountIsUsedDirectlyUnlessTheClientSaysOtherwise(Boolean directUse, boolean used) {
        AccountRequest request = new AccountRequest(null, "612", "Eau", "61", directUse);
        assertEquals(used, request.changes().directUse());
    }

    @ParameterizedTest
    @CsvSource(value = {"612, 612", "NULL, NULL"}, nullValues = "NULL")
    void theChangesCarryTheCodeAsSentAndTheLabelStripped(String code, String expected) {
        AccountChanges changes = new AccountRequest(null, code, "  Eau et gaz \t", "61", null).changes();
        assertEquals(new AccountChanges(expected, "Eau et gaz", "61", true), changes);
    }
}
