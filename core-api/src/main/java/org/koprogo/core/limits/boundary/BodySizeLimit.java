package org.koprogo.core.limits.boundary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koprogo.core.json.boundary.JsonMapping;

/**
 * Caps request bodies (KOPROGO_MAX_BODY_BYTES): bodies are parsed in memory and the heap is small. A declared
 * length over the cap is refused before reading, one within it passes untouched (HTTP framing bounds it); only
 * a chunked body is read up to the cap first, so that the parser never sees more.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "KOPROGO_MAX_BODY_BYTES", defaultValue = "" + JsonMapping.DEFAULT_MAX_BODY_BYTES)
    int maxBytes;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            throw tooLarge();
        }
        if (request.getLength() >= 0) {
            return;
        }
        if (withoutBody(request)) {
            // an upgrade request's body would otherwise run until the connection closes: hasEntity() waited 30 s
            request.setEntityStream(InputStream.nullInputStream());
            return;
        }
        if (!request.hasEntity()) {
            return;
        }
        try {
            byte[] body = request.getEntityStream().readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw tooLarge();
            }
            request.setEntityStream(new ByteArrayInputStream(body));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the request body", e);
        }
    }

    /** RFC 9112 6.3: an HTTP/1 request with neither Content-Length nor Transfer-Encoding has no body. */
    private boolean withoutBody(ContainerRequestContext request) {
        return servletRequest.getProtocol().startsWith("HTTP/1.")
                && request.getHeaderString("Transfer-Encoding") == null;
    }

    private WebApplicationException tooLarge() {
        return new WebApplicationException("The request body is larger than " + maxBytes + " bytes",
                Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
}
