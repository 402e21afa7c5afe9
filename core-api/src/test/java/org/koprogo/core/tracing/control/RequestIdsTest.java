package org.koprogo.core.tracing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    private static final String GENERATED = "[A-Za-z0-9_-]{22}";

    @ParameterizedTest
    @ValueSource(strings = {"abc-123", "0f8fad5b-d9cb-469f-a165-70867728950e", "trace:span.1_2", "A"})
    void aClientsSaneIdIsKept(String sent) {
        assertEquals(sent, RequestIds.of(sent));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "abc 123", "abc\n{\"level\":\"SEVERE\"}", "a/b", "ümlaut", "quote\"d", "tab\t"})
    void anyOtherGetsANewOne(String sent) {
        String id = RequestIds.of(sent);
        assertTrue(id.matches(GENERATED), id);
    }

    @Test
    void idsOfAtMost128CharactersAreKept() {
        String longest = "x".repeat(128);
        assertEquals(longest, RequestIds.of(longest));
        assertTrue(RequestIds.of(longest + "x").matches(GENERATED));
    }

    @Test
    void generatedIdsDiffer() {
        assertNotEquals(RequestIds.of(null), RequestIds.of(null));
    }
}
