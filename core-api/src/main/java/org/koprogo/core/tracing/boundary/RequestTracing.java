package org.koprogo.core.tracing.boundary;

import java.io.IOException;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.ConfigProvider;
import org.koprogo.core.metrics.boundary.RouteTemplateFilter;
import org.koprogo.core.privacy.boundary.ClientOrigin;
import org.koprogo.core.tracing.control.AccessLog;
import org.koprogo.core.tracing.control.CurrentRequest;
import org.koprogo.core.tracing.control.RequestIds;

/**
 * Serves every request under a request id (see {@link RequestIds}), returned in {@code X-Request-Id} on every
 * answer and carried by every log line written meanwhile; writes the access log when it is on. Declared first in
 * web-fragment.xml, so that it wraps the other filters, and for error dispatches too: the container's error page
 * (ContainerErrorServlet) may run after this filter has returned, and answers under the same id.
 */
public class RequestTracing extends HttpFilter {

    /** Where an error dispatch finds the id its request was served under. */
    private static final String ATTRIBUTE = RequestTracing.class.getName();

    @Inject
    Instance<ClientOrigin> origin;

    private boolean accessLog;

    @Override
    public void init(FilterConfig config) {
        accessLog = ConfigProvider.getConfig().getOptionalValue(AccessLog.SETTING, Boolean.class).orElse(false);
        CurrentRequest.offerToLog();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object served = request.getAttribute(ATTRIBUTE);
        String id = served instanceof String known ? known : RequestIds.of(request.getHeader(RequestIds.HEADER));
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(RequestIds.HEADER, id);
        String outer = CurrentRequest.enter(id);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (accessLog && request.getDispatcherType() == DispatcherType.REQUEST) {
                AccessLog.write(new AccessLog.Entry(request.getMethod(), route(request), response.getStatus(),
                        (System.nanoTime() - started) / 1_000_000, bytes(response), id, client(request)));
            }
            CurrentRequest.restore(outer);
        }
    }

    /** The route JAX-RS matched (RouteTemplateFilter), else the path as requested. */
    private static String route(HttpServletRequest request) {
        Object template = request.getAttribute(RouteTemplateFilter.ROUTE_ATTRIBUTE);
        return template != null ? template.toString() : request.getRequestURI();
    }

    private static long bytes(HttpServletResponse response) {
        String length = response.getHeader("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The client's address as the audit trail and the sign-in throttle see it (behind trusted proxies). */
    private String client(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!origin.isResolvable()) {
            return peer; // module-auth, which resolves it, is off
        }
        List<String> forwardedFor = Collections.list(request.getHeaders("X-Forwarded-For"));
        return origin.get().address(peer, forwardedFor);
    }
}
