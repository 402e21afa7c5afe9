package org.koprogo.core.limits.boundary;

import java.util.Locale;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * gzip for answers it helps: JSON, problem+json, YAML and text, for clients that accept gzip ({@link
 * RequestEncoding} leaves their Accept-Encoding as "gzip" or removes it). Jersey's GZipEncoder then compresses
 * what this filter marked. Files are left alone: a response that serves byte ranges (Accept-Ranges, Content-Range)
 * or already names its coding must keep its Content-Length and offsets, and binary types gain nothing. This
 * replaces Jersey's EncodingFilter, which gzipped every entity, so that downloads had to claim
 * {@code Content-Encoding: identity} (a value RFC 9110 says not to send) to escape it.
 */
@Provider
public class ResponseCompression implements ContainerResponseFilter {

    private static final String GZIP = "gzip";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.hasEntity() || !compressible(response.getMediaType(), response.getHeaders())) {
            return;
        }
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (GZIP.equals(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING))) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, GZIP);
        }
    }

    /** A textual type, not a range nor a resource offering ranges, not already coded. */
    static boolean compressible(MediaType type, MultivaluedMap<String, Object> headers) {
        return type != null && textual(type) && !headers.containsKey(HttpHeaders.CONTENT_ENCODING)
                && !headers.containsKey("Content-Range") && !headers.containsKey("Accept-Ranges");
    }

    private static boolean textual(MediaType type) {
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        return type.getType().equalsIgnoreCase("text") || (type.getType().equalsIgnoreCase("application")
                && (subtype.equals("json") || subtype.endsWith("+json") || subtype.equals("yaml")
                || subtype.equals("xml") || subtype.endsWith("+xml")));
    }
}
