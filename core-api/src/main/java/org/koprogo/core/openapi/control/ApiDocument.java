package org.koprogo.core.openapi.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The OpenAPI document of a set of JAX-RS classes, each tagged (with its module's name), made from the code
 * itself: routes from the JAX-RS annotations, schemas from the platform's ObjectMapper.
 */
public final class ApiDocument {

    public static final String TITLE = "KoproGo Platform API";

    private ApiDocument() {
    }

    /**
     * @param tags the registered classes and the tag of each; those that serve no route (providers) are ignored
     * @param base the application's path, e.g. {@code /api/v1}
     * @param mapper the wire's ObjectMapper, whose properties the schemas show
     */
    public static OpenAPI of(Map<Class<?>, String> tags, String base, ObjectMapper mapper,
                             Declarations declarations) {
        Schemas schemas = new Schemas(mapper);
        Operations operations = new Operations(schemas, declarations);
        List<Route> routes = new ArrayList<>();
        tags.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Class::getName)))
                .forEach(entry -> routes.addAll(Route.of(entry.getKey(), base, entry.getValue())));
        Map<String, PathItem> paths = new TreeMap<>();
        TreeSet<String> usedTags = new TreeSet<>();
        for (Route route : routes) {
            PathItem item = paths.computeIfAbsent(route.path(), path -> OASFactory.createPathItem());
            item.setOperation(PathItem.HttpMethod.valueOf(route.httpMethod()), operations.of(route));
            usedTags.add(route.tag());
        }
        OpenAPI document = OASFactory.createOpenAPI()
                .openapi("3.0.3")
                .info(OASFactory.createInfo().title(TITLE).version(version())
                        .description("Errors are RFC 9457 application/problem+json. Lists are paged: "
                                + "?page=1&per_page=20&sort_by=…&order=asc|desc; a list answered as a bare "
                                + "array (as KoproGo did) gives X-Total-Count and RFC 8288 Link headers."))
                .paths(OASFactory.createPaths());
        paths.forEach(document.getPaths()::addPathItem);
        usedTags.forEach(tag -> document.addTag(OASFactory.createTag().name(tag)));
        document.components(OASFactory.createComponents()
                .addSecurityScheme(Operations.BEARER, OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("The access token of POST /api/v1/auth/login"))
                .schemas(new TreeMap<>(schemas.components())));
        return document;
    }

    /** The Maven project's version, filtered into build.properties. */
    static String version() {
        try (InputStream in = ApiDocument.class.getResourceAsStream("build.properties")) {
            Properties build = new Properties();
            if (in != null) {
                build.load(in);
            }
            return build.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
