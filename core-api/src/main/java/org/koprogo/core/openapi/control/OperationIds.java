package org.koprogo.core.openapi.control;

import java.lang.reflect.ParameterizedType;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.koprogo.core.paging.boundary.Page;

/**
 * Operation ids a generated client reads well: the method's name and the resource's noun, {@code listBuildings},
 * {@code getBuilding}, {@code approveExpense}; a declared id names the others. Unique in a
 * document: a clash (two modules' resources with one name) gets a number.
 */
final class OperationIds {

    private final Set<String> taken = new HashSet<>();
    private final Declarations declarations;

    OperationIds(Declarations declarations) {
        this.declarations = declarations;
    }

    String of(Route route) {
        String id = declarations.operationId(route.method()).orElseGet(() -> derived(route));
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + n;
        }
        return candidate;
    }

    private static String derived(Route route) {
        String plural = route.resource().getSimpleName().replaceFirst("Resource$", "");
        String singular = plural.endsWith("s") && !plural.endsWith("ss") ? plural.substring(0, plural.length() - 1)
                : plural;
        String name = route.method().getName();
        String id;
        if (name.equalsIgnoreCase(plural) || name.equalsIgnoreCase(singular)) {
            id = "get" + capitalized(name); // modules() of ModulesResource
        } else {
            id = name + (returnsMany(route) ? plural : singular);
        }
        return route.variant() == null ? id : id + "Via" + camel(route.variant());
    }

    private static boolean returnsMany(Route route) {
        Class<?> type = route.method().getReturnType();
        return type == Page.class || Collection.class.isAssignableFrom(type)
                || route.method().getGenericReturnType() instanceof ParameterizedType parameterized
                && parameterized.getRawType() == Page.class;
    }

    private static String capitalized(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static String camel(String literal) {
        return Arrays.stream(literal.split("[^A-Za-z0-9]+")).filter(word -> !word.isEmpty())
                .map(OperationIds::capitalized).collect(Collectors.joining());
    }
}
