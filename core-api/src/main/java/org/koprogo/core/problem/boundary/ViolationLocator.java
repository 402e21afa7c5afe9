package org.koprogo.core.problem.boundary;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * Turns a Bean Validation path on a resource method ({@code create.arg0.address.city}) into what a client
 * knows: a JSON pointer into the body ({@code #/address/city}, in the wire's snake_case) or the name of the
 * query, path or header parameter ({@code per_page}).
 */
public final class ViolationLocator {

    public record Location(boolean inBody, String name) {
    }

    private ViolationLocator() {
    }

    public static Location locate(Path path, Class<?> resourceClass) {
        Method method = null;
        int parameterIndex = -1;
        List<String> pointer = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                method = find(resourceClass, node.as(Path.MethodNode.class));
            } else if (node.getKind() == ElementKind.PARAMETER) {
                parameterIndex = node.as(Path.ParameterNode.class).getParameterIndex();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    pointer.add(snakeCase(node.getName()));
                }
                if (node.getIndex() != null) {
                    pointer.add(String.valueOf(node.getIndex()));
                }
            }
        }
        String parameter = null;
        if (method != null && parameterIndex >= 0) {
            parameter = parameterName(method.getParameterAnnotations()[parameterIndex]);
            if (parameter == null && isBeanParam(method.getParameterAnnotations()[parameterIndex])
                    && !pointer.isEmpty()) {
                parameter = beanParamName(method.getParameterTypes()[parameterIndex], path);
                pointer.clear();
            }
        }
        if (parameter != null && pointer.isEmpty()) {
            return new Location(false, parameter);
        }
        if (parameter != null) {
            return new Location(false, parameter + "." + String.join(".", pointer));
        }
        // RFC 6901: "#" is the whole body, "#/name" a member of it
        return new Location(true, pointer.isEmpty() ? "#" : "#/" + String.join("/", pointer));
    }

    private static Method find(Class<?> type, Path.MethodNode node) {
        Class<?>[] types = node.getParameterTypes().toArray(Class<?>[]::new);
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            try {
                return current.getDeclaredMethod(node.getName(), types);
            } catch (NoSuchMethodException notHere) {
                // CDI proxies subclass the resource: look further up
            }
        }
        return null;
    }

    private static boolean isBeanParam(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof BeanParam) {
                return true;
            }
        }
        return false;
    }

    /** A field of a {@code @BeanParam} class is known to the client by its {@code @QueryParam} name. */
    private static String beanParamName(Class<?> beanType, Path path) {
        String field = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY) {
                field = node.getName();
                break;
            }
        }
        for (Class<?> current = beanType; current != null && field != null; current = current.getSuperclass()) {
            try {
                String name = parameterName(current.getDeclaredField(field).getAnnotations());
                return name != null ? name : snakeCase(field);
            } catch (NoSuchFieldException notHere) {
                // declared in a superclass
            }
        }
        return field == null ? null : snakeCase(field);
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam q) {
                return q.value();
            }
            if (annotation instanceof PathParam p) {
                return p.value();
            }
            if (annotation instanceof HeaderParam h) {
                return h.value();
            }
            if (annotation instanceof FormParam f) {
                return f.value();
            }
        }
        return null;
    }

    /** Java property names to the snake_case members of the JSON the client sent. */
    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
