package org.koprogo.core.paging.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.koprogo.core.refusal.boundary.InvalidField;
import org.koprogo.core.refusal.boundary.InvalidInput;

class QueryParamsTest {

    private static InvalidField refusal(Executable parse) {
        List<InvalidField> errors = assertThrows(InvalidInput.class, parse).errors();
        assertEquals(1, errors.size());
        return errors.get(0);
    }

    @Test
    void anAbsentFilterIsNull() {
        assertNull(QueryParams.uuid("building_id", null));
        assertNull(QueryParams.uuid("building_id", " "));
        assertNull(QueryParams.timestamp("from", null, false));
        assertNull(QueryParams.timestamp("from", "", true));
    }

    @Test
    void aUuidIsReadStrippedAndABadOneNamesItsParameter() {
        UUID id = UUID.randomUUID();
        assertEquals(id, QueryParams.uuid("building_id", " " + id + " "));
        assertEquals(InvalidField.inParameter("building_id", "must be a UUID"),
                refusal(() -> QueryParams.uuid("building_id", "not-a-uuid")));
    }

    @Test
    void aDateAloneMeansItsFirstInstantOrItsLastAsAnUpperBound() {
        assertEquals(OffsetDateTime.parse("2025-10-30T00:00:00Z"), QueryParams.timestamp("from", "2025-10-30", false));
        assertEquals(OffsetDateTime.parse("2025-10-30T23:59:59.999999Z"),
                QueryParams.timestamp("to", "2025-10-30", true));
    }

    @Test
    void aTimestampKeepsItsOffset() {
        assertEquals(OffsetDateTime.parse("2025-10-30T12:30:00+02:00"),
                QueryParams.timestamp("from", "2025-10-30T12:30:00+02:00", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"30/10/2025", "2025-13-01", "2025-10-30T12:30", "yesterday"})
    void anUnreadableDateNamesItsParameter(String value) {
        InvalidField error = refusal(() -> QueryParams.timestamp("from", value, false));
        assertEquals("from", error.parameter());
        assertTrue(error.detail().startsWith("must be a date such as 2025-10-30"), error.detail());
    }

    @Test
    void aDatePostgresqlCannotStoreNamesItsParameter() {
        InvalidField error = refusal(() -> QueryParams.timestamp("to", "+99999-01-01T00:00:00Z", false));
        assertEquals("to", error.parameter());
        assertTrue(error.detail().startsWith("must be a date within the years"), error.detail());
    }

    @Test
    void aWholeNumberIsTakenWithinItsRangeOrTheFallbackWhenAbsent() {
        assertEquals(7, QueryParams.whole("limit", null, 7, 1, 10));
        assertEquals(10, QueryParams.whole("limit", " 10 ", 7, 1, 10));
        assertEquals(1, QueryParams.whole("limit", "1", 7, 1, 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "11", "abc", "2.5", "99999999999999999999"})
    void aNumberOutOfRangeOrUnreadableIsRefusedTheSameWay(String value) {
        assertEquals(InvalidField.inParameter("limit", "must be a whole number from 1 to 10"),
                refusal(() -> QueryParams.whole("limit", value, 7, 1, 10)));
    }

    @Test
    void aFlagIsTrueOrFalseInAnyCaseAndFalseWhenAbsent() {
        assertTrue(QueryParams.flag("active", "TRUE"));
        assertTrue(QueryParams.flag("active", " true "));
        assertFalse(QueryParams.flag("active", "False"));
        assertFalse(QueryParams.flag("active", null));
        assertEquals(InvalidField.inParameter("active", "must be true or false"),
                refusal(() -> QueryParams.flag("active", "yes")));
    }
}
