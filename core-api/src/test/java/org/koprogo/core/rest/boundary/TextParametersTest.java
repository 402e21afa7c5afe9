package org.koprogo.core.rest.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.util.UUID;

import jakarta.ws.rs.ext.ParamConverter;

import org.junit.jupiter.api.Test;

class TextParametersTest {

    private final TextParameters parameters = new TextParameters();

    @Test
    void textComesThroughUnchanged() {
        ParamConverter<String> text = parameters.getConverter(String.class, String.class, new Annotation[0]);
        String value = " per_page=20 ";
        assertSame(value, text.fromString(value));
        assertEquals("é%2F", text.toString("é%2F"));
    }

    @Test
    void otherTypesAreLeftToJersey() {
        assertNull(parameters.getConverter(UUID.class, UUID.class, new Annotation[0]));
        assertNull(parameters.getConverter(Integer.class, Integer.class, new Annotation[0]));
    }

    @Test
    void aMissingValueIsRefusedAsTheContractSays() {
        assertThrows(IllegalArgumentException.class, () -> TextParameters.AS_IS.fromString(null));
        assertThrows(IllegalArgumentException.class, () -> TextParameters.AS_IS.toString(null));
    }
}
