package org.koprogo.core.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.koprogo.core.arquillian.probe.ProbeModule;

/**
 * A team's own module on the bare kernel: core-api plus one module jar that knows nothing but core-api,
 * deployed to Payara Micro by Arquillian against a real PostgreSQL.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
class ThirdPartyModuleIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        JavaArchive core = ShrinkWrap.create(JavaArchive.class, "core-api.jar")
                .as(ExplodedImporter.class)
                .importDirectory(System.getProperty("koprogo.core.classes"))
                .as(JavaArchive.class);
        JavaArchive probe = ShrinkWrap.create(JavaArchive.class, "module-probe.jar")
                .addPackage(ProbeModule.class.getPackage())
                .addAsResource("probe/db/changelog/probe.xml", "db/changelog/probe.xml")
                .addAsManifestResource("probe/META-INF/persistence.xml", "persistence.xml")
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        File[] libraries = Arrays.stream(Files.readString(Path.of(System.getProperty("koprogo.runtime.libraries")))
                        .trim().split(File.pathSeparator))
                .map(File::new)
                .toArray(File[]::new);
        return ShrinkWrap.create(WebArchive.class, "ROOT.war")
                .addAsLibraries(core, probe)
                .addAsLibraries(libraries);
    }

    @Test
    void isDiscoveredMigratedAndServed() throws Exception {
        JsonObject modules = json(get("api/v1/modules"));
        assertEquals("probe", modules.getJsonArray("data").getJsonObject(0).getString("name"));
        assertTrue(modules.getJsonArray("data").getJsonObject(0).getBoolean("enabled"));

        HttpResponse<String> rows = get("api/v1/probe/rows");
        assertEquals(200, rows.statusCode(), rows.body());
        assertEquals(2, json(rows).getInt("rows"), "the module's changelog created and filled its table");
    }

    @Test
    void unexpectedFailureIs500WithACorrelationIdOnly() throws Exception {
        HttpResponse<String> failure = get("api/v1/probe/failure");
        assertEquals(500, failure.statusCode(), failure.body());
        assertEquals("application/problem+json", failure.headers().firstValue("Content-Type").orElse(""));
        assertFalse(failure.body().contains("secret internal detail") || failure.body().contains("Exception"),
                failure.body());
        String correlationId = json(failure).getString("correlation_id");
        assertTrue(json(failure).getString("detail").contains(correlationId));
    }

    @Test
    void invalidNestedFieldsArePointedAt() throws Exception {
        HttpResponse<String> invalid = post("api/v1/probe/items",
                "{\"label\":\"\",\"tags\":[\"ok\",\" \"],\"nested\":{}}");
        assertEquals(400, invalid.statusCode(), invalid.body());
        List<String> pointers = json(invalid).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("pointer")).sorted().toList();
        assertEquals(List.of("#/label", "#/nested/floor_number", "#/tags/1"), pointers);
    }

    @Test
    void routeTemplatesDropParameterPatterns() throws Exception {
        HttpResponse<String> item = get("api/v1/probe/items/42");
        assertEquals(200, item.statusCode(), item.body());
        String metrics = get("metrics").body();
        assertTrue(metrics.contains("route=\"/api/v1/probe/items/{id}\",status=\"2xx\""), metrics);
    }

    @Test
    void itsRoutesAreDocumentedUnderItsName() throws Exception {
        HttpResponse<String> served = HTTP.send(HttpRequest.newBuilder(uri("openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, served.statusCode(), served.body());
        JsonObject paths = json(served).getJsonObject("paths");
        assertEquals("probe", paths.getJsonObject("/api/v1/probe/rows").getJsonObject("get").getJsonArray("tags")
                .getString(0));
        assertTrue(paths.containsKey("/api/v1/probe/items/{id}"), paths.keySet().toString());
        assertTrue(json(served).getJsonObject("components").getJsonObject("schemas").getJsonObject("Nested")
                .getJsonObject("properties").containsKey("floor_number"), "named as on the wire");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Payara reports its host's address; the tests stay on loopback. */
    private URI uri(String path) {
        return URI.create("http://localhost:" + base.getPort() + "/" + path);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
