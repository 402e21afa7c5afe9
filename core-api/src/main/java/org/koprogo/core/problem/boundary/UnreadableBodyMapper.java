package org.koprogo.core.problem.boundary;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.koprogo.core.failure.control.Causes;
import org.koprogo.core.json.boundary.UnstorableValueException;
import org.koprogo.core.refusal.boundary.InvalidField;

/**
 * A body that is not JSON (400), or JSON whose values do not fit the resource (400 pointing at the member and
 * naming what it must be in JSON's terms, never Java's): client mistakes, explained without internals. Where
 * the parser knows the member it stopped at (a duplicate key, a value past a limit), errors[] points at it.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonProcessingException> {

    static final String DETAIL = "The request body is not valid JSON for this resource";

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(JsonProcessingException exception) {
        String instance = uri.getRequestUri().getRawPath();
        if (exception instanceof UnstorableValueException unstorable && !unstorable.getPath().isEmpty()) {
            return Problems.response(Problem.invalid(List.of(InvalidField.inBody(
                    pointer(unstorable.getPath()), unstorable.getOriginalMessage())), instance));
        }
        if (exception instanceof MismatchedInputException mismatch) {
            String expected = "must be " + WireTypes.describe(mismatch.getTargetType());
            if (mismatch.getPath().isEmpty()) {
                return Problems.response(400, "The request body " + expected, instance);
            }
            return Problems.response(Problem.invalid(
                    List.of(InvalidField.inBody(pointer(mismatch.getPath()), expected)), instance));
        }
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String expected = Causes.find(exception, InputCoercionException.class, any -> true)
                    .map(range -> "must be " + WireTypes.describe(range.getTargetType()) + " within its range")
                    .or(() -> Causes.find(exception.getCause(), StreamReadException.class, any -> true)
                            .map(unreadable -> "is not readable: " + firstLine(unreadable.getOriginalMessage())))
                    .orElse("is not a value this resource can read");
            return Problems.response(Problem.invalid(
                    List.of(InvalidField.inBody(pointer(mapping.getPath()), expected)), instance));
        }
        String detail = DETAIL + ": " + firstLine(exception.getOriginalMessage());
        if (exception.getProcessor() instanceof JsonParser parser && !parser.getParsingContext().inRoot()) {
            String at = "#" + parser.getParsingContext().pathAsPointer();
            return Problems.response(new Problem(Problem.VALIDATION_TYPE, "Invalid request", 400, detail, instance,
                    null, List.of(InvalidField.inBody(at, firstLine(exception.getOriginalMessage())))));
        }
        return Problems.response(400, detail, instance);
    }

    /** "#/nested/floor_number" or "#/tags/1": the JSON names Jackson already resolved. */
    static String pointer(List<JsonMappingException.Reference> path) {
        return path.stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                .collect(Collectors.joining("/", "#/", ""));
    }

    /** The parser's first line, without the names of Jackson's settings it suggests changing. */
    static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        String line = (end < 0 ? message : message.substring(0, end)).replaceAll(", from `[^`]*`", "")
                .replaceAll(" \\(`[^`]*`[^)]*\\)", "");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
