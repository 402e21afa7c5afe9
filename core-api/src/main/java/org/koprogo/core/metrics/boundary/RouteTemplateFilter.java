package org.koprogo.core.metrics.boundary;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import org.koprogo.core.rest.boundary.ApiPath;

/** Tells {@link RouteTimingFilter} which route template JAX-RS matched, e.g. /api/v1/buildings/{id}. */
@Provider
public class RouteTemplateFilter implements ContainerRequestFilter {

    /** The request attribute holding the matched route template (the access log reads it too). */
    public static final String ROUTE_ATTRIBUTE = "org.koprogo.route";

    /** "{id: [0-9]+}" is the route "{id}": the regular expression is an implementation detail. */
    private static final Pattern PARAMETER_REGEX = Pattern.compile("\\{\\s*([^}:\\s]+)\\s*:[^}]*}");

    private static final Map<Method, String> TEMPLATES = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        Method method = resource.getResourceMethod();
        if (method != null) {
            request.setAttribute(ROUTE_ATTRIBUTE,
                    TEMPLATES.computeIfAbsent(method, m -> template(resource.getResourceClass(), m)));
        }
    }

    static String template(Class<?> resourceClass, Method method) {
        StringBuilder template = new StringBuilder("/").append(ApiPath.ROOT);
        append(template, resourceClass.getAnnotation(Path.class));
        append(template, method.getAnnotation(Path.class));
        return PARAMETER_REGEX.matcher(template).replaceAll("{$1}");
    }

    private static void append(StringBuilder template, Path path) {
        if (path == null) {
            return;
        }
        String segment = path.value().replaceAll("^/+|/+$", "");
        if (!segment.isEmpty()) {
            template.append('/').append(segment);
        }
    }
}
