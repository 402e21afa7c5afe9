package org.koprogo.core.paging.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

class BareListTest {

    private static final URI REQUEST = URI.create("http://localhost:8080/api/v1/units/u1/owners?sort_by=start_date");

    private static String links(int page, int perPage, long total) {
        return BareList.links(REQUEST, Page.of(List.of(), new PageRequest(page, perPage, "start_date", false), total)
                .pagination());
    }

    private static String link(int page, int perPage, String relation) {
        return "<http://localhost:8080/api/v1/units/u1/owners?sort_by=start_date&page=" + page + "&per_page="
                + perPage + ">; rel=\"" + relation + "\"";
    }

    @Test
    void theFirstOfThreePagesLinksToTheNextAndTheEnds() {
        assertEquals(String.join(", ", link(2, 1, "next"), link(1, 1, "first"), link(3, 1, "last")),
                links(1, 1, 3));
    }

    @Test
    void aMiddlePageLinksBothWays() {
        assertEquals(String.join(", ", link(3, 2, "next"), link(1, 2, "prev"), link(1, 2, "first"),
                link(3, 2, "last")), links(2, 2, 5));
    }

    @Test
    void theLastPageHasNoNext() {
        assertEquals(String.join(", ", link(2, 1, "prev"), link(1, 1, "first"), link(3, 1, "last")),
                links(3, 1, 3));
    }

    @Test
    void anEmptyListIsOneEmptyPage() {
        assertEquals(String.join(", ", link(1, 100, "first"), link(1, 100, "last")), links(1, 100, 0));
    }

    @Test
    void thePageParametersSentAreReplacedNotRepeated() {
        URI sent = URI.create("http://h/api/v1/owners/o1/units?page=1&per_page=1&order=desc");
        assertEquals("<http://h/api/v1/owners/o1/units?order=desc&page=2&per_page=1>; rel=\"next\"",
                BareList.links(sent, Page.of(List.of(), new PageRequest(1, 1, "start_date", true), 2)
                        .pagination()).split(", ")[0]);
    }
}
