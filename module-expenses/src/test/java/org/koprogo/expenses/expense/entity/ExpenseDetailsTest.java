package org.koprogo.expenses.expense.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpenseDetailsTest {

    private static final OffsetDateTime DATE = OffsetDateTime.of(2025, 10, 30, 0, 0, 0, 0, ZoneOffset.UTC);

    private static Expense.Details withAmount(String amount) {
        return new Expense.Details(UUID.randomUUID(), ExpenseCategory.WORKS, "Lift", amount == null ? null
                : new BigDecimal(amount), DATE, null, null, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.01", "1", "120.5", "999999.99"})
    void aPositiveAmountInCentsIsAccepted(String amount) {
        assertEquals(new BigDecimal(amount), withAmount(amount).amount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-0.01", "-100", "0.001", "10.005"})
    void anAmountThatIsNotPositiveOrFinerThanACentIsRefused(String amount) {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> withAmount(amount));
        assertEquals("an amount is positive, in cents at most", refusal.getMessage());
    }

    @Test
    void anAmountIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> withAmount(null));
    }

    @Test
    void aBuildingACategoryADescriptionAndADateAreRequired() {
        BigDecimal amount = BigDecimal.TEN;
        UUID building = UUID.randomUUID();
        ExpenseCategory category = ExpenseCategory.OTHER;
        assertThrows(IllegalArgumentException.class,
                () -> new Expense.Details(null, category, "x", amount, DATE, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Expense.Details(building, null, "x", amount, DATE, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Expense.Details(building, category, null, amount, DATE, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Expense.Details(building, category, "  ", amount, DATE, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Expense.Details(building, category, "x", amount, null, null, null, null));
    }
}
