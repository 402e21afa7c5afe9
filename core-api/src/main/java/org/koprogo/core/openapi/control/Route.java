package org.koprogo.core.openapi.control;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * One operation a JAX-RS resource class serves: its HTTP method and path template as a client writes them.
 *
 * @param variant when one method serves several paths through a segment such as
 *                {@code {step: submit|submit-for-approval}}, the literal of this path if it is not the first; else null
 */
public record Route(String httpMethod, String path, Class<?> resource, Method method, String tag, String variant) {

    /** {@code {name: a|b-c}}: a segment that only takes literals, each of which is a path of its own. */
    private static final Pattern ALTERNATIVES = Pattern.compile("\\{\\s*[\\w-]+\\s*:\\s*([\\w-]+(?:\\|[\\w-]+)*)\\s*}");
    /** {@code {name: regex}}: a parameter with a pattern, which OpenAPI writes {@code {name}}. */
    private static final Pattern PATTERNED = Pattern.compile("\\{\\s*([\\w-]+)\\s*:[^}]*}");

    /** The routes of a resource class served under {@code base}, in the order of its methods' names. */
    public static List<Route> of(Class<?> resource, String base, String tag) {
        Path classPath = resource.getAnnotation(Path.class);
        if (classPath == null) {
            return List.of(); // a provider or filter: it serves no route of its own
        }
        List<Route> routes = new ArrayList<>();
        Arrays.stream(resource.getMethods())
                .sorted((a, b) -> (a.getName() + a.toGenericString()).compareTo(b.getName() + b.toGenericString()))
                .forEach(method -> httpMethod(method).ifPresent(verb -> {
                    Path methodPath = method.getAnnotation(Path.class);
                    String template = join(base, classPath.value(), methodPath == null ? "" : methodPath.value());
                    Matcher alternatives = ALTERNATIVES.matcher(template);
                    if (alternatives.find()) {
                        String[] literals = alternatives.group(1).split("\\|");
                        for (int i = 0; i < literals.length; i++) {
                            String path = template.substring(0, alternatives.start()) + literals[i]
                                    + template.substring(alternatives.end());
                            routes.add(new Route(verb, PATTERNED.matcher(path).replaceAll("{$1}"), resource, method,
                                    tag, i == 0 ? null : literals[i]));
                        }
                    } else {
                        routes.add(new Route(verb, PATTERNED.matcher(template).replaceAll("{$1}"), resource, method,
                                tag, null));
                    }
                }));
        return routes;
    }

    private static Optional<String> httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return Optional.of(verb.value().toUpperCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    private static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return path.length() == 0 ? "/" : path.toString();
    }

    /** Whether the path names a resource by a parameter, e.g. {@code /buildings/{id}}. */
    public boolean hasPathParameters() {
        return path.contains("{");
    }

    public boolean writes() {
        return !httpMethod.equals("GET") && !httpMethod.equals("HEAD") && !httpMethod.equals("OPTIONS");
    }
}
