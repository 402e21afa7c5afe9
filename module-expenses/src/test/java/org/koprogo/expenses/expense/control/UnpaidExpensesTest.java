package org.koprogo.expenses.expense.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.koprogo.core.privacy.boundary.ErasureHold;

class UnpaidExpensesTest {

    @Test
    void nothingUnpaidHoldsNothing() {
        assertTrue(UnpaidExpenses.hold(0, List.of()).isEmpty());
    }

    @Test
    void oneUnpaidExpenseHoldsTheErasureAndIsNamed() {
        UUID expense = UUID.randomUUID();
        ErasureHold hold = UnpaidExpenses.hold(1, List.of(expense)).orElseThrow();
        assertEquals("expenses", hold.module());
        assertEquals("unpaid_expenses", hold.code());
        assertTrue(hold.detail().startsWith("1 approved expense is not paid yet"), hold.detail());
        assertTrue(hold.detail().contains(expense.toString()), hold.detail());
        assertFalse(hold.detail().contains("…"), hold.detail());
    }

    @Test
    void manyAreCountedAndTheFirstTenNamed() {
        List<UUID> first = Stream.generate(UUID::randomUUID).limit(12).toList();
        ErasureHold hold = UnpaidExpenses.hold(40, first).orElseThrow();
        assertTrue(hold.detail().startsWith("40 approved expenses are not paid yet"), hold.detail());
        first.subList(0, 10).forEach(id -> assertTrue(hold.detail().contains(id.toString()), id::toString));
        first.subList(10, 12).forEach(id -> assertFalse(hold.detail().contains(id.toString()), id::toString));
        assertTrue(hold.detail().contains(", …)"), hold.detail());
    }
}
