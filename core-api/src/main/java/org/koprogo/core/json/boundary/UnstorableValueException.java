package org.koprogo.core.json.boundary;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A well-formed JSON value the database could not store (a NUL, a lone surrogate, year 300000). Jackson adds
 * the member's path on its way out, so the client is told which member and why.
 */
public class UnstorableValueException extends InvalidFormatException {

    public UnstorableValueException(JsonParser parser, String detail, Object value, Class<?> targetType) {
        super(parser, detail, value, targetType);
    }
}
