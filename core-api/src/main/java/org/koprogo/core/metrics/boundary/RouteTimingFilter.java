package org.koprogo.core.metrics.boundary;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;

import org.koprogo.core.metrics.control.RouteMetrics;

/**
 * Times every request of the platform, from the servlet container's hand-over to the last byte written, so
 * that JSON serialisation and error rendering count. The route template comes from {@link RouteTemplateFilter}
 * once JAX-RS has matched a resource; exact servlet mappings such as /metrics are their own route.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RouteTimingFilter extends HttpFilter {

    @Inject
    RouteMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            metrics.record(request.getMethod(), route(request), response.getStatus(), System.nanoTime() - started);
        }
    }

    private static String route(HttpServletRequest request) {
        Object template = request.getAttribute(RouteTemplateFilter.ROUTE_ATTRIBUTE);
        if (template != null) {
            return (String) template;
        }
        HttpServletMapping mapping = request.getHttpServletMapping();
        return mapping != null && mapping.getMappingMatch() == MappingMatch.EXACT
                ? mapping.getPattern() : RouteMetrics.UNMATCHED;
    }
}
