package org.koprogo.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * One route of the running platform as its {@code /openapi} document describes it: method, path template,
 * parameters and the properties of its request body (wire names, whatever spelling the document used).
 */
record FuzzRoute(String method, String template, List<String> pathParameters, List<String> queryParameters,
                 Map<String, JsonObject> bodyProperties, boolean takesBody) {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    /** Every list takes them (a bean parameter the document does not show). */
    private static final List<String> LIST_PARAMETERS = List.of("page", "per_page", "sort_by", "order", "search");

    /** Routes served but missing from the document, or outside /api. */
    private static final List<FuzzRoute> UNLISTED = List.of(
            plain("GET", "/metrics"), plain("POST", "/metrics"), plain("GET", "/openapi"),
            plain("GET", "/health"), plain("GET", "/health/ready"), plain("GET", "/health/live"),
            plain("GET", "/health/started"), plain("GET", "/api/v1/seed"), plain("DELETE", "/api/v1/seed"),
            new FuzzRoute("POST", "/api/v1/seed/{kind}", List.of("kind"), List.of("scale", "seed", "replace"),
                    Map.of(), false));

    private static FuzzRoute plain(String method, String template) {
        return new FuzzRoute(method, template, List.of(), List.of(), Map.of(), false);
    }

    /** Every route of the document, then those it does not list. */
    static List<FuzzRoute> discover(JsonObject openApi) {
        JsonObject schemas = openApi.getJsonObject("components") == null ? JsonValue.EMPTY_JSON_OBJECT
                : openApi.getJsonObject("components").getJsonObject("schemas");
        Map<String, FuzzRoute> routes = new LinkedHashMap<>();
        openApi.getJsonObject("paths").forEach((template, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                FuzzRoute route = of(method.toUpperCase(), template, operation.asJsonObject(), schemas);
                routes.put(route.key(), route);
            }
        }));
        UNLISTED.forEach(route -> routes.putIfAbsent(route.key(), route));
        return List.copyOf(routes.values());
    }

    private static FuzzRoute of(String method, String template, JsonObject operation, JsonObject schemas) {
        List<String> path = new ArrayList<>();
        Matcher matcher = PATH_PARAMETER.matcher(template);
        while (matcher.find()) {
            path.add(matcher.group(1));
        }
        Set<String> query = new LinkedHashSet<>();
        (operation.getJsonArray("parameters") == null ? List.<JsonValue>of() : operation.getJsonArray("parameters"))
                .stream().map(JsonValue::asJsonObject)
                .filter(parameter -> "query".equals(parameter.getString("in", "")))
                .forEach(parameter -> query.add(parameter.getString("name")));
        if ("GET".equals(method) && !template.endsWith("}")) {
            query.addAll(LIST_PARAMETERS);
        }
        JsonObject body = operation.getJsonObject("requestBody");
        return new FuzzRoute(method, template, path, List.copyOf(query), properties(body, schemas), body != null);
    }

    /** The body's properties in snake_case (the wire's spelling), each with its schema. */
    private static Map<String, JsonObject> properties(JsonObject body, JsonObject schemas) {
        Map<String, JsonObject> properties = new LinkedHashMap<>();
        if (body == null || body.getJsonObject("content") == null) {
            return properties;
        }
        for (JsonValue media : body.getJsonObject("content").values()) {
            JsonObject schema = resolve(media.asJsonObject().getJsonObject("schema"), schemas);
            JsonObject declared = schema.getJsonObject("properties");
            if (declared != null) {
                declared.forEach((name, property) ->
                        properties.put(snakeCase(name), resolve(property.asJsonObject(), schemas)));
            }
        }
        return properties;
    }

    private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
        if (schema == null) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        String ref = schema.getString("$ref", null);
        if (ref == null || schemas == null) {
            return schema;
        }
        JsonObject target = schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
        return target == null ? JsonValue.EMPTY_JSON_OBJECT : target;
    }

    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    String key() {
        return method + " " + template;
    }
}
