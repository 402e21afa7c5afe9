package org.koprogo.core.limits.boundary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
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

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            throw tooLarge();
        }
        if (request.getLength() >= 0 || !request.hasEntity()) {
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

    private WebApplicationException tooLarge() {
        return new WebApplicationException("The request body is larger than " + maxBytes + " bytes",
                Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
}
