package org.koprogo.core.problem.boundary;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A path with a {@code .} or {@code ..} segment ({@code /api/v1/buildings/.}, also percent-encoded) is a 400
 * problem+json. Clients remove such segments before sending (RFC 3986 §5.2.4); sent raw, the container handed
 * them on inconsistently: some answered 200 with an empty body, others 401 despite a valid token.
 */
@WebFilter(urlPatterns = "/*")
public class DotSegments extends HttpFilter {

    private static final Set<String> DOTS = Set.of(".", "..", "%2e", "%2e%2e", ".%2e", "%2e.");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (hasDotSegment(request.getRequestURI())) {
            ContainerErrorServlet.write(response, Problem.of(400, Problems.reason(400),
                    "The path has a '.' or '..' segment: send it with those resolved (RFC 3986, section 5.2.4)",
                    request.getRequestURI()));
            return;
        }
        chain.doFilter(request, response);
    }

    /** On every request: a path with neither "/." nor "/%" (nearly all of them) is answered without splitting it. */
    static boolean hasDotSegment(String rawPath) {
        if (!rawPath.contains("/.") && !rawPath.contains("/%")) {
            return false;
        }
        return Arrays.stream(rawPath.split("/", -1)).map(segment -> segment.toLowerCase(Locale.ROOT))
                .anyMatch(DOTS::contains);
    }
}
