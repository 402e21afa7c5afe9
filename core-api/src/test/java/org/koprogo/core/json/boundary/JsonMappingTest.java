package org.koprogo.core.json.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the one ObjectMapper refuses before a resource sees the body. */
class JsonMappingTest {

    record Expense(String description, OffsetDateTime expenseDate, List<String> tags, Nested nested) {
    }

    record Nested(String city) {
    }

    record Unit(UUID organizationId, Integer floor, BigDecimal quota, Boolean primary, OffsetDateTime since,
                LocalDate day, String name) {
    }

    /** JSON's types are the document's: no number or boolean read as text, no text read as a number. */
    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":12}", "{\"name\":1.5}", "{\"name\":true}", "{\"floor\":\"3\"}",
            "{\"quota\":\"12.5\"}", "{\"primary\":\"true\"}", "{\"since\":1700000000}",
            "{\"day\":20251030}", "{\"floor\":\"\"}", "{\"quota\":\"\"}", "{\"primary\":\"\"}",
            "{\"since\":\"\"}", "{\"day\":\"\"}"})
    void aValueOfAnotherJsonTypeIsRefused(String body) {
        assertThrows(MismatchedInputException.class, () -> JsonMapping.MAPPER.readValue(body, Unit.class));
    }

    /** KoproGo's web client sends {@code "organization_id":""} for "none" (its owner form does). */
    @Test
    void anEmptyIdIsNoId() throws Exception {
        assertNull(JsonMapping.MAPPER.readValue("{\"organization_id\":\"\"}", Unit.class).organizationId());
    }

    @Test
    void aStorableBodyIsRead() throws Exception {
        Expense expense = JsonMapping.MAPPER.readValue("""
                {"description":"Entretien\\n2e étage","expense_date":"2025-10-30T00:00:00Z","tags":["a"]}""",
                Expense.class);
        assertEquals("Entretien\n2e étage", expense.description());
    }

    @Test
    void nulInAStringIsRefusedWithItsPath() {
        assertEquals("description", refusedAt("{\"description\":\"a\\u0000b\"}"));
        assertEquals("nested/city", refusedAt("{\"nested\":{\"city\":\"\\u0000\"}}"));
        assertEquals("tags/1", refusedAt("{\"tags\":[\"ok\",\"\\u0001\"]}"));
    }

    @Test
    void aLoneSurrogateIsRefused() {
        assertEquals("description", refusedAt("{\"description\":\"\\ud800\"}"));
    }

    @Test
    void aYearOutsideOneToNineThousandNineHundredNinetyNineIsRefused() {
        assertEquals("expense_date", refusedAt("{\"expense_date\":\"+300000-01-01T00:00:00Z\"}"));
    }

    @Test
    void duplicateKeysAreRefused() {
        JsonParseException duplicate = assertThrows(JsonParseException.class,
                () -> JsonMapping.MAPPER.readValue("{\"description\":\"a\",\"description\":\"b\"}", Expense.class));
        assertTrue(duplicate.getOriginalMessage().contains("Duplicate field 'description'"), duplicate.getMessage());
        assertEquals("/description", ((JsonParser) duplicate.getProcessor()).getParsingContext().pathAsPointer()
                .toString(), "where UnreadableBodyMapper points");
    }

    @Test
    void deepNestingAndLongNumbersAreRefusedByTheParser() {
        String deep = "{\"x\":" + "[".repeat(JsonMapping.MAX_NESTING_DEPTH + 1) + "]".repeat(
                JsonMapping.MAX_NESTING_DEPTH + 1) + "}";
        assertThrows(StreamConstraintsException.class, () -> JsonMapping.MAPPER.readValue(deep, Expense.class));
        String longNumber = "{\"x\":" + "9".repeat(JsonMapping.MAX_NUMBER_LENGTH + 1) + "}";
        assertThrows(StreamConstraintsException.class, () -> JsonMapping.MAPPER.readValue(longNumber, Expense.class));
    }

    @Test
    void stringsAndDocumentsAreBoundedByTheBodyCap() {
        assertEquals(1000, JsonMapping.readConstraints(1000).getMaxStringLength());
        assertEquals(1000, JsonMapping.readConstraints(1000).getMaxDocumentLength());
    }

    private static String refusedAt(String json) {
        UnstorableValueException refused = assertThrows(UnstorableValueException.class,
                () -> JsonMapping.MAPPER.readValue(json, Expense.class));
        return String.join("/", refused.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                .toList());
    }
}
