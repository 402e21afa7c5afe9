package org.koprogo.owners.owner.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OwnerStoreTest {

    /** A search is matched literally: LIKE's wildcards and its escape character in it match only themselves. */
    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "dupont       | dupont",
            "50%          | 50\\%",
            "jean_pierre  | jean\\_pierre",
            "a\\b         | a\\\\b",
            "\\%_         | \\\\\\%\\_"})
    void aSearchTextBecomesALikePatternThatMatchesItLiterally(String search, String pattern) {
        assertEquals(pattern, OwnerStore.likeLiteral(search));
    }
}
