package org.koprogo.core.problem.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not JSON, or JSON of the wrong shape, reaches us as a ProcessingException wrapping the
 * JSON-B error: a client mistake (400), explained without echoing internals.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ProcessingException exception) {
        return Problems.response(400, describe(exception), uri.getRequestUri().getRawPath());
    }

    static String describe(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof jakarta.json.stream.JsonParsingException) {
                return "The request body is not valid JSON for this resource: " + firstLine(cause.getMessage());
            }
        }
        return "The request body could not be read";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        // Yasson prefixes parser errors with "Internal error: ", which misleads: the error is the client's
        String line = (end < 0 ? message : message.substring(0, end)).replaceFirst("^Internal error: ", "");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
