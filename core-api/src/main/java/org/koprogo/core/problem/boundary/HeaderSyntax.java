package org.koprogo.core.problem.boundary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import org.glassfish.jersey.message.internal.HeaderValueException;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * Parses up front the request headers Jersey otherwise parses lazily, wherever first read: a malformed one is a
 * 400 naming it. Read late, {@code Accept: ;;;} was a 400 without a body and {@code If-Match: W/} a 500 from
 * inside a store.
 */
@Provider
@PreMatching
public class HeaderSyntax implements ContainerRequestFilter {

    /** Jersey's message: Unable to parse "If-Match" header value: "…" */
    private static final Pattern HEADER_NAME = Pattern.compile("\"([A-Za-z0-9-]{1,64})\" header");

    @Override
    public void filter(ContainerRequestContext request) {
        try {
            request.getAcceptableMediaTypes();
            request.getAcceptableLanguages();
            request.getMediaType();
            request.getCookies();
            if (request instanceof ContainerRequest jersey) {
                jersey.getIfMatch();
                jersey.getIfNoneMatch();
            }
        } catch (HeaderValueException malformed) {
            throw new BadRequestException(detail(malformed));
        }
    }

    static String detail(HeaderValueException malformed) {
        Matcher header = HEADER_NAME.matcher(String.valueOf(malformed.getMessage()));
        return (header.find() ? "The " + header.group(1) + " header" : "A request header") + " cannot be parsed";
    }
}
