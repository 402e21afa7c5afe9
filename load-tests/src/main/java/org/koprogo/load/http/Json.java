package org.koprogo.load.http;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The API speaks JSON: reading the few fields the generator needs from answers, writing small bodies. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** The body as a tree; a missing node when it is not JSON, so that callers see absent fields, not errors. */
    public static JsonNode read(Response response) {
        try {
            return MAPPER.readTree(response.body(), 0, response.bodyLength());
        } catch (IOException notJson) {
            return MAPPER.missingNode();
        }
    }

    /** A body the generator wrote, as a tree (missing when it is not JSON). */
    public static JsonNode read(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException notJson) {
            return MAPPER.missingNode();
        }
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
