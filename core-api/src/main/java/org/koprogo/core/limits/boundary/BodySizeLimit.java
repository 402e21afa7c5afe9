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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koprogo.core.json.boundary.JsonMapping;

/**
 * Caps request bodies (KOPROGO_MAX_BODY_BYTES): bodies are parsed in memory and the heap is small. A declared
 * length over the cap is refused before reading, one within it passes untouched (HTTP framing bounds it); only
 * a chunked body is read up to the cap first, so that the parser never sees more. Uploads (multipart/form-data)
 * are streamed by the resource that takes them, never parsed in memory: their own cap (KOPROGO_MAX_UPLOAD_BYTES,
 * the size of the file, the form's other fields and framing allowed on top) refuses a declared length at once,
 * and the resource counts the file's bytes as they come.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "KOPROGO_MAX_BODY_BYTES", defaultValue = "" + JsonMapping.DEFAULT_MAX_BODY_BYTES)
    int maxBytes;

    /** 50 MiB: a scanned set of minutes or a year's statements. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 50L * 1024 * 1024;

    /** What a form may carry besides its file: the other fields, part headers, boundaries. */
    static final long FORM_OVERHEAD_BYTES = 64 * 1024;

    @Inject
    @ConfigProperty(name = "KOPROGO_MAX_UPLOAD_BYTES", defaultValue = "" + DEFAULT_MAX_UPLOAD_BYTES)
    long maxUploadBytes;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (isUpload(request.getMediaType())) {
            if (request.getLength() > maxUploadBytes + FORM_OVERHEAD_BYTES) {
                throw new WebApplicationException("An upload may hold at most " + maxUploadBytes + " bytes",
                        Response.Status.REQUEST_ENTITY_TOO_LARGE);
            }
            return;
        }
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

    /** Exactly multipart/form-data: a wildcard type must not lift the JSON cap. */
    private static boolean isUpload(MediaType type) {
        return type != null && type.getType().equalsIgnoreCase("multipart")
                && type.getSubtype().equalsIgnoreCase("form-data");
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
