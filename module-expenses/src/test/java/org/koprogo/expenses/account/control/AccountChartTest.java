package org.koprogo.expenses.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageRequest;
import org.koprogo.expenses.account.entity.AccountType;

/** The chart's lists are filtered, sorted and paged in memory: the rules a client sees, without a database. */
class AccountChartTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-01-01T00:00:00Z");

    private static ChartAccount account(String code, String label, String parentCode) {
        return new ChartAccount(UUID.randomUUID(), null, code, label, parentCode, AccountType.of(code), true, 1, NOW,
                NOW);
    }

    private static final List<ChartAccount> CHART = List.of(
            account("6", "Charges", null),
            account("61", "services et biens divers", "6"),
            account("610000", "Entretien", "61"),
            account("611000", "assurances", "61"),
            account("440000", "Fournisseurs", null),
            account("70", "Produits", null));

    private static Page<String> select(AccountType type, String parentCode, PageRequest request) {
        return AccountChart.select(CHART.stream(), type, parentCode, request, ChartAccount::code);
    }

    @ParameterizedTest(name = "sort={0} descending={1}")
    @CsvSource(delimiter = '|', value = {
            "code  | false | 440000 6 61 610000 611000 70",
            "code  | true  | 70 611000 610000 61 6 440000",
            "label | false | 611000 6 610000 440000 70 61",
            "label | true  | 61 70 440000 610000 6 611000"})
    void theWholeChartIsSortedByCodeOrByLabelIgnoringCase(String sort, boolean descending, String codes) {
        Page<String> page = select(null, null, new PageRequest(1, 100, sort, descending));
        assertEquals(List.of(codes.split(" ")), page.data());
        assertEquals(6, page.pagination().totalItems());
    }

    @Test
    void theCodeBreaksTiesBetweenEqualLabels() {
        Stream<ChartAccount> twins = Stream.of(account("612", "Eau", null), account("611", "eau", null));
        assertEquals(List.of("611", "612"),
                AccountChart.select(twins, null, null, new PageRequest(1, 10, "label", false), ChartAccount::code)
                        .data());
    }

    @Test
    void filtersByTypeAndByParentCombine() {
        assertEquals(List.of("6", "61", "610000", "611000"),
                select(AccountType.EXPENSE, null, new PageRequest(1, 10, "code", false)).data());
        assertEquals(List.of("610000", "611000"), select(null, "61", new PageRequest(1, 10, "code", false)).data());
        assertEquals(List.of(), select(AccountType.REVENUE, "61", new PageRequest(1, 10, "code", false)).data());
    }

    @Test
    void aPageIsASliceOfTheMatchingAccountsCountingThemAll() {
        Page<String> second = select(null, null, new PageRequest(2, 4, "code", false));
        assertEquals(List.of("611000", "70"), second.data());
        assertEquals(6, second.pagination().totalItems());
        assertEquals(2, second.pagination().totalPages());
        assertFalse(second.pagination().hasNext());
        assertTrue(second.pagination().hasPrevious());
    }

    @Test
    void aPagePastTheEndIsEmptyButStillCountsTheMatches() {
        Page<String> past = select(null, null, new PageRequest(5, 4, "code", false));
        assertEquals(List.of(), past.data());
        assertEquals(6, past.pagination().totalItems());
    }
}
