package org.koprogo.core.openapi.boundary;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import org.koprogo.core.json.boundary.JsonMapping;
import org.koprogo.core.module.boundary.ModuleRegistry;
import org.koprogo.core.module.boundary.PlatformModule;
import org.koprogo.core.openapi.control.ApiDocument;
import org.koprogo.core.platform.boundary.PlatformApplication;
import org.koprogo.core.rest.boundary.ApiPath;

/**
 * The served {@code /openapi}: Payara calls this once, at the first request for the document, and keeps what it
 * returns (its own scan is off, see microprofile-config.properties). It documents exactly the classes the
 * application registers, so a disabled module is absent and an added one present, each route tagged with its
 * module's name (the core's with their first path segment).
 */
public class PlatformDocument implements OASModelReader {

    @Override
    public OpenAPI buildModel() {
        Map<Class<?>, String> tags = new HashMap<>();
        for (Class<?> registered : CDI.current().select(PlatformApplication.class).get().getClasses()) {
            Path path = registered.getAnnotation(Path.class);
            if (path != null) {
                tags.put(registered, path.value().replaceAll("^/+", "").split("/")[0]);
            }
        }
        for (PlatformModule module : CDI.current().select(ModuleRegistry.class).get().current().enabled()) {
            module.resources().stream().filter(tags::containsKey)
                    .forEach(resource -> tags.put(resource, module.name()));
        }
        return ApiDocument.of(tags, "/" + ApiPath.ROOT, JsonMapping.MAPPER, new AnnotatedDeclarations());
    }
}
