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
 * Refuses compressed request bodies (415, RFC 7694). Jersey's GZipEncoder, registered to compress responses,
 * would also inflate requests, after {@link BodySizeLimit} counted the compressed bytes: 18 KB of gzip became
 * 19 million characters on the heap. Bodies here are small JSON; compressing them gains nothing.
 */
@Provider
@PreMatching
public class RequestEncoding implements ContainerRequestFilter {

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
    }
}
