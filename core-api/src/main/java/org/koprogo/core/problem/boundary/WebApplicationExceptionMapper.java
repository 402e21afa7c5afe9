package org.koprogo.core.problem.boundary;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every HTTP error raised by JAX-RS itself or by a resource becomes problem+json, keeping its headers. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        String path = uri.getRequestUri().getRawPath();
        Response problem = Problems.response(status, detail(exception, path), path);
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        original.getStringHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        if (status == 401 && original.getHeaderString(HttpHeaders.WWW_AUTHENTICATE) == null) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return builder.build();
    }

    private String detail(WebApplicationException exception, String path) {
        if (exception.getResponse().getStatus() == 404 && isGeneric(exception)) {
            return "No resource at " + request.getMethod() + " " + path;
        }
        if (exception instanceof NotAuthorizedException && isPayaras(exception)) {
            return "Authentication required: send a valid access token as Authorization: Bearer <token>";
        }
        if (exception instanceof NotAllowedException) {
            return "Method " + request.getMethod() + " is not allowed here; allowed: "
                    + String.join(", ", exception.getResponse().getAllowedMethods());
        }
        if (exception instanceof NotSupportedException) {
            return "Content-Type " + headers.getMediaType() + " is not supported here; send application/json";
        }
        if (exception instanceof NotAcceptableException) {
            return "None of the accepted media types " + headers.getAcceptableMediaTypes() + " can be produced";
        }
        return isGeneric(exception) ? null : exception.getMessage();
    }

    /** MicroProfile JWT's messages name its internal states ("Authentication resulted in NOT_DONE"). */
    private static boolean isPayaras(WebApplicationException exception) {
        return exception.getMessage() != null && exception.getMessage().startsWith("Authentication ");
    }

    /** JAX-RS' own messages ("HTTP 404 Not Found") repeat the title; a resource's message says more. */
    private static boolean isGeneric(WebApplicationException exception) {
        String message = exception.getMessage();
        return message == null || message.startsWith("HTTP " + exception.getResponse().getStatus());
    }
}
