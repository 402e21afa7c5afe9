package org.koprogo.core.limits.boundary;

import java.util.List;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Content codings, both ways. Compressed request bodies are refused (415, RFC 7694): Jersey's GZipEncoder,
 * registered to compress responses, would also inflate requests, after {@link BodySizeLimit} counted the
 * compressed bytes (18 KB of gzip became 19 million characters on the heap); bodies here are small JSON.
 * Responses are gzipped for clients that accept gzip: {@link ResponseCompression} is shown only "gzip" or
 * nothing, so that a malformed Accept-Encoding, or one refusing identity, gets an answer without coding (the RFC
 * 9110 answer).
 */
@Provider
@PreMatching
public class RequestEncoding implements ContainerRequestFilter {

    private static final String GZIP = "gzip";

    @Override
    public void filter(ContainerRequestContext request) {
        for (String header : request.getHeaders().getOrDefault(HttpHeaders.CONTENT_ENCODING, List.of())) {
            for (String coding : header.split(",")) {
                if (!coding.isBlank() && !coding.strip().equalsIgnoreCase("identity")) {
                    throw new WebApplicationException("Content-Encoding " + coding.strip()
                            + " is not accepted on requests; send the body uncompressed",
                            Response.status(Response.Status.UNSUPPORTED_MEDIA_TYPE)
                                    .header("Accept-Encoding", "identity").build());
                }
            }
        }
        String accepted = request.getHeaderString(HttpHeaders.ACCEPT_ENCODING);
        if (accepted != null && acceptsGzip(accepted)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT_ENCODING, GZIP);
        } else if (accepted != null) {
            request.getHeaders().remove(HttpHeaders.ACCEPT_ENCODING);
        }
    }

    /** gzip (or x-gzip) listed with a quality above 0; an unreadable quality counts as 0. */
    static boolean acceptsGzip(String acceptEncoding) {
        for (String element : acceptEncoding.split(",")) {
            String[] parameters = element.split(";", -1);
            String coding = parameters[0].strip();
            if (coding.equalsIgnoreCase(GZIP) || coding.equalsIgnoreCase("x-gzip")) {
                return quality(parameters) > 0;
            }
        }
        return false;
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip();
            if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                } catch (NumberFormatException unreadable) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
