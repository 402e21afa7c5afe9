package org.koprogo.core.paging.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.koprogo.core.refusal.boundary.InvalidField;
import org.koprogo.core.refusal.boundary.InvalidInput;

class PageParamsTest {

    private static final Set<String> SORTABLE = Set.of("name", "created_at");

    /** As JAX-RS fills them, defaults included. */
    private static PageParams params(String page, String perPage, String sortBy, String order) {
        PageParams params = new PageParams();
        params.page = page;
        params.perPage = perPage;
        params.sortBy = sortBy;
        params.order = order;
        return params;
    }

    private static PageRequest request(String page, String perPage, String sortBy, String order) {
        return params(page, perPage, sortBy, order).toRequest(SORTABLE, "name");
    }

    private static List<InvalidField> refusal(String page, String perPage, String sortBy, String order) {
        return assertThrows(InvalidInput.class, () -> request(page, perPage, sortBy, order)).errors();
    }

    @Test
    void theDefaultsAreTheFirstTwentyByTheDefaultSortAscending() {
        assertEquals(new PageRequest(1, 20, "name", false), request("1", "20", null, "asc"));
        assertEquals(new PageRequest(1, 20, "name", false), request("1", "20", "  ", "asc"));
    }

    @ParameterizedTest(name = "page={0} per_page={1} sort_by={2} order={3}")
    @CsvSource({"1, 1, name, asc, 1, 1, name, false", "3, 100, created_at, DESC, 3, 100, created_at, true",
            "999999999, 2, ' created_at ', Desc, 999999999, 2, created_at, true", "7, 50, name, aSc, 7, 50, name, false"})
    void validParametersBecomeAPageRequest(String page, String perPage, String sortBy, String order, int expectedPage,
                                           int expectedPerPage, String expectedSort, boolean descending) {
        assertEquals(new PageRequest(expectedPage, expectedPerPage, expectedSort, descending),
                request(page, perPage, sortBy, order));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "1.5", "020", " 20", "1234567890", ""})
    void perPageBelowOneOrNotAWholeNumberIsRefused(String perPage) {
        assertEquals(List.of(InvalidField.inParameter("per_page", "must be a whole number of at least 1")),
                refusal("1", perPage, null, "asc"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"101", "1000", "999999999"})
    void perPageAboveTheMaximumIsClampedToIt(String perPage) {
        assertEquals(new PageRequest(2, PageRequest.MAX_PER_PAGE, "name", false), request("2", perPage, null, "asc"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "01", "1e3", "1234567890", ""})
    void aPageBelowOneOrNotAWholeNumberIsRefused(String page) {
        assertEquals(List.of(InvalidField.inParameter("page", "must be a whole number of at least 1")),
                refusal(page, "20", null, "asc"));
    }

    @Test
    void aPageWhoseFirstRowJpaCannotAddressIsRefusedWithItsLimit() {
        assertEquals(List.of(InvalidField.inParameter("page", "must be at most 21474836 with per_page=100")),
                refusal("21474837", "100", null, "asc"));
        assertEquals(21474836, request("21474836", "100", null, "asc").page());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ascending", "up", "", "asc;drop"})
    void anOrderOtherThanAscOrDescIsRefused(String order) {
        assertEquals(List.of(InvalidField.inParameter("order", "must be asc or desc")),
                refusal("1", "20", null, order));
    }

    @ParameterizedTest
    @ValueSource(strings = {"email", "NAME", "name desc", "name; drop table users", "o.name"})
    void aSortColumnOutsideTheWhitelistIsRefusedListingTheAllowedOnes(String sortBy) {
        assertEquals(List.of(InvalidField.inParameter("sort_by", "must be one of created_at, name")),
                refusal("1", "20", sortBy, "asc"));
    }

    @Test
    void everyBadParameterIsNamedAtOnce() {
        List<String> named = refusal("0", "0", "email", "sideways").stream().map(InvalidField::parameter)
                .toList();
        assertEquals(List.of("page", "per_page", "order", "sort_by"), named);
    }

    @Test
    void aMissingParameterIsRefusedRatherThanGuessed() {
        assertEquals("per_page", refusal("1", null, null, "asc").get(0).parameter());
        assertEquals("order", refusal("1", "20", null, null).get(0).parameter());
    }

    @Test
    void aPageRequestRefusesWhatThePageParamsWouldHaveRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 20, "name", false));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(1, -1, "name", false));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(1, 0, "name", false));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(1, 101, "name", false));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(PageRequest.lastPage(10) + 1, 10, "n", false));
    }

    @ParameterizedTest(name = "page {0} of {1}: offset {2}")
    @CsvSource({"1, 20, 0", "2, 20, 20", "5, 7, 28", "21474836, 100, 2147483500"})
    void theOffsetIsTheRowsOfThePagesBefore(int page, int perPage, int offset) {
        assertEquals(offset, new PageRequest(page, perPage, "name", false).offset());
    }
}
