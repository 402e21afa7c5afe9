package org.koprogo.core.problem.boundary;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not JSON (400), or JSON whose values do not fit the resource (400 pointing at the member and
 * naming what it must be in JSON's terms, never Java's): client mistakes, explained without internals.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonProcessingException> {

    static final String DETAIL = "The request body is not valid JSON for this resource";

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(JsonProcessingException exception) {
        String instance = uri.getRequestUri().getRawPath();
        if (exception instanceof MismatchedInputException mismatch) {
            String expected = "must be " + WireTypes.describe(mismatch.getTargetType());
            if (mismatch.getPath().isEmpty()) {
                return Problems.response(400, "The request body " + expected, instance);
            }
            return Problems.response(Problem.invalid(
                    List.of(Problem.InvalidField.inBody(pointer(mismatch.getPath()), expected)), instance));
        }
        if (exception instanceof JsonParseException) {
            return Problems.response(400, DETAIL + ": " + firstLine(exception.getOriginalMessage()), instance);
        }
        return Problems.response(400, DETAIL, instance);
    }

    /** "#/nested/floor_number" or "#/tags/1": the JSON names Jackson already resolved. */
    static String pointer(List<JsonMappingException.Reference> path) {
        return path.stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                .collect(Collectors.joining("/", "#/", ""));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
