package org.koprogo.core.problem.boundary;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;

/**
 * A Content-Type that cannot be parsed is a 400 problem+json. Jersey's servlet reads it before any JAX-RS
 * filter or mapper runs and answered a bare 400 without a body.
 */
@WebFilter(urlPatterns = "/*")
public class ContentTypeSyntax extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String contentType = request.getHeader("Content-Type");
        if (contentType != null) {
            try {
                MediaType.valueOf(contentType);
            } catch (IllegalArgumentException malformed) {
                ContainerErrorServlet.write(response, Problem.of(400, Problems.reason(400),
                        "The Content-Type header cannot be parsed", request.getRequestURI()));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
