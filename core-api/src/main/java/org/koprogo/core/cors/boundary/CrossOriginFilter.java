package org.koprogo.core.cors.boundary;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.eclipse.microprofile.config.ConfigProvider;
import org.koprogo.core.cors.control.CorsPolicy;

/**
 * CORS for pages served on other origins ({@code KOPROGO_CORS_ORIGINS}). A preflight from an admitted origin is
 * answered here, before security and JAX-RS, which would otherwise ask an OPTIONS request for a token it never
 * carries; an actual request gets its origin admitted and the headers a script may read. Requests from other
 * origins pass untouched: without CORS headers, the browser keeps the answer from the page.
 */
@WebFilter(urlPatterns = "/*")
public class CrossOriginFilter extends HttpFilter {

    public static final String ORIGINS = "KOPROGO_CORS_ORIGINS";

    private static final String VARY = "Vary";
    private static final String ORIGIN = "Origin";

    private CorsPolicy policy;

    @Override
    public void init(FilterConfig config) {
        policy = CorsPolicy.of(ConfigProvider.getConfig().getOptionalValue(ORIGINS, String.class).orElse(""));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!policy.isOn()) {
            chain.doFilter(request, response);
            return;
        }
        // the answer's headers depend on the origin: caches must keep answers for different origins apart
        response = new VaryingByOrigin(response);
        Optional<String> origin = policy.admitted(request.getHeader(ORIGIN));
        if (origin.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", origin.get());
        if (isPreflight(request)) {
            response.setHeader("Access-Control-Allow-Methods", CorsPolicy.ALLOWED_METHODS);
            response.setHeader("Access-Control-Allow-Headers", CorsPolicy.ALLOWED_HEADERS);
            response.setHeader("Access-Control-Max-Age", String.valueOf(CorsPolicy.MAX_AGE_SECONDS));
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.setHeader("Access-Control-Expose-Headers", CorsPolicy.EXPOSED_HEADERS);
        chain.doFilter(request, response);
    }

    /** {@code Vary: Origin} kept whatever JAX-RS sets later (it replaces Vary with its own Accept-Encoding). */
    private static final class VaryingByOrigin extends HttpServletResponseWrapper {

        VaryingByOrigin(HttpServletResponse response) {
            super(response);
            response.setHeader(VARY, ORIGIN);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, VARY.equalsIgnoreCase(name) ? withOrigin(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (VARY.equalsIgnoreCase(name)) {
                super.setHeader(VARY, withOrigin(getHeader(VARY) + ", " + value));
            } else {
                super.addHeader(name, value);
            }
        }

        private static String withOrigin(String vary) {
            boolean named = Arrays.stream(vary.split(",")).map(String::strip).anyMatch(ORIGIN::equalsIgnoreCase);
            return named ? vary : vary + ", " + ORIGIN;
        }
    }

    private static boolean isPreflight(HttpServletRequest request) {
        return "OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null;
    }
}
