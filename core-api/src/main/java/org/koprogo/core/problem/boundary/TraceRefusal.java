package org.koprogo.core.problem.boundary;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.koprogo.core.rest.boundary.ApiPath;

/**
 * TRACE is a 405 problem on the servlets outside JAX-RS (/health, /metrics, /openapi, unknown paths): their
 * default {@code doTrace} echoes the request, Authorization and cookies included (Cross-Site Tracing). The
 * listener lets TRACE reach the application (trace-enabled) only so that this refusal is a problem; JAX-RS
 * serves no TRACE and answers it itself, with the resource's own Allow.
 */
@WebFilter(urlPatterns = "/*")
public class TraceRefusal extends HttpFilter {

    static final String ALLOW = "GET, HEAD, OPTIONS";

    private static final String JAX_RS = "/" + ApiPath.ROOT;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("TRACE".equals(request.getMethod()) && !JAX_RS.equals(request.getServletPath())) {
            response.setHeader("Allow", ALLOW);
            ContainerErrorServlet.write(response, Problem.of(405, Problems.reason(405),
                    "Method TRACE is not allowed at " + request.getRequestURI(), request.getRequestURI()));
            return;
        }
        chain.doFilter(request, response);
    }
}
