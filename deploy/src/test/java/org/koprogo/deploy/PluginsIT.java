package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.tools.ToolProvider;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Module jars an operator drops into KOPROGO_MODULES_DIR: examples/module-hello, built by the reactor and never
 * put in the WAR, served like a built-in module, gone with its jar, disabled by configuration, back with it;
 * jars that are not modules stop start-up naming the jar; it takes part in a person's GDPR export and erasure. One
 * data directory serves every restart.
 */
class PluginsIT {

    /** The exit status of a platform that refuses to start. */
    private static final int REFUSED = 3;

    private static final Path HELLO = Path.of(System.getProperty("koprogo.plugin", "target/plugins/module-hello.jar"));

    @TempDir
    Path work;

    @Test
    void aPluginIsServedLikeABuiltInModuleUntilRemovedOrDisabled() throws Exception {
        Path modules = Files.createDirectories(work.resolve("modules"));
        Path data = work.resolve("data");
        Map<String, String> withModulesDir = Map.of("KOPROGO_MODULES_DIR", modules.toString());
        Files.copy(HELLO, modules.resolve("module-hello.jar"));
        String greeting;
        try (RunningPlatform platform = RunningPlatform.start(data, withModulesDir)) {
            assertEquals(Boolean.TRUE, moduleStates(platform).get("hello"));
            Api syndic = Api.admin(platform).newOrganizationSyndic();
            JsonObject created = syndic.created("/api/v1/greetings", "{\"text\":\"Bonjour\"}");
            greeting = "/api/v1/greetings/" + created.getString("id");
            assertEquals("Bonjour", Http.json(syndic.get(greeting)).getString("text"));
            assertProblem(Api.admin(platform).newOrganizationSyndic().get(greeting), 404);
            assertProblem(Api.anonymous(platform).get(greeting), 401);
            assertProblem(syndic.post("/api/v1/greetings", "{\"text\":\" \"}"), 400);

            String openapi = Http.get(platform.uri("/openapi")).body();
            assertTrue(openapi.contains("/api/v1/greetings/{id}:") && openapi.contains("- name: hello"), openapi);
            assertTrue(Http.get(platform.uri("/metrics")).body().contains("route=\"/api/v1/greetings/{id}\""));
            assertEquals(2, helloChangesets(platform), "its changelog ran");
            assertEquals(1, greetings(platform));
            aPluginTakesPartInAPersonsRights(platform, syndic, greeting);
        }

        Files.delete(modules.resolve("module-hello.jar"));
        try (RunningPlatform platform = RunningPlatform.start(data, withModulesDir)) {
            assertFalse(moduleStates(platform).containsKey("hello"));
            assertProblem(Api.admin(platform).get(greeting), 404);
            assertFalse(Http.get(platform.uri("/openapi")).body().contains("/api/v1/greetings"));
            assertEquals(1, greetings(platform), "its table and rows stay");
        }

        Files.copy(HELLO, modules.resolve("module-hello.jar"));
        try (RunningPlatform platform = RunningPlatform.start(data, Map.of("KOPROGO_MODULES_DIR", modules.toString(),
                "KOPROGO_MODULES_DISABLED", "hello"))) {
            assertEquals(Boolean.FALSE, moduleStates(platform).get("hello"), "a plugin is disabled like any module");
            assertProblem(Api.admin(platform).get(greeting), 404);
            assertFalse(Http.get(platform.uri("/openapi")).body().contains("/api/v1/greetings"));
        }

        try (RunningPlatform platform = RunningPlatform.start(data, withModulesDir)) {
            assertEquals("Bonjour", Http.json(Api.admin(platform).get(greeting)).getString("text"));
            assertEquals(2, helloChangesets(platform), "nothing migrated again");
            assertFalse(platform.log().contains("Running Changeset: koprogo/hello"), "nothing migrated again");
        }
    }

    /**
     * A module added later takes part in the GDPR rights by implementing core-api's PersonalData: a person's export
     * has the greetings they wrote (and not another's), and their erasure deletes them from the plugin's table.
     */
    private static void aPluginTakesPartInAPersonsRights(RunningPlatform platform, Api syndic, String othersGreeting)
            throws Exception {
        Api author = syndic.createUser("accountant");
        String written = author.created("/api/v1/greetings", "{\"text\":\"Salut de ma part\"}").getString("id");
        JsonObject export = Http.json(author.get("/api/v1/gdpr/export"));
        List<JsonObject> greetings = export.getJsonArray("greetings").getValuesAs(JsonObject.class);
        assertEquals(List.of(written), greetings.stream().map(g -> g.getString("id")).toList(),
                "their greeting, not the syndic's " + othersGreeting);
        assertEquals("Salut de ma part", greetings.get(0).getString("text"));
        assertTrue(greetings.get(0).containsKey("created_at"));

        HttpResponse<String> erased = author.delete("/api/v1/gdpr/erase");
        assertEquals(200, erased.statusCode(), erased.body());
        assertEquals(1, Http.json(erased).getJsonObject("erased").getInt("greetings"));
        assertEquals(0, count(platform, "select count(*) from hello_greetings where id = '" + written + "'"),
                "their words are gone");
        assertEquals(0, count(platform, "select count(*) from hello_greetings where text = 'Salut de ma part'"));
        assertEquals(1, greetings(platform), "the syndic's greeting stays");
    }

    private static Map<String, Boolean> moduleStates(RunningPlatform platform) throws Exception {
        Map<String, Boolean> states = new HashMap<>();
        Http.json(Http.get(platform.uri("/api/v1/modules"))).getJsonArray("data").getValuesAs(JsonObject.class)
                .forEach(m -> states.put(m.getString("name"), m.getBoolean("enabled")));
        return states;
    }

    private static long helloChangesets(RunningPlatform platform) throws Exception {
        return count(platform, "select count(*) from databasechangelog where filename = 'koprogo/hello'");
    }

    private static long greetings(RunningPlatform platform) throws Exception {
        return count(platform, "select count(*) from hello_greetings");
    }

    private static long count(RunningPlatform platform, String sql) throws IOException, SQLException {
        try (Connection connection = Psql.of(platform).connect();
             var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void jarsThatAreNotModulesStopStartupNamingTheJar() throws Exception {
        assertRefused("broken.jar", jar -> Files.writeString(jar, "not a zip"), "is not a jar (zip) file");
        assertRefused("no-beans.jar", jar -> copyHello(jar, "META-INF/beans.xml", Map.of()),
                "has no META-INF/beans.xml");
        assertRefused("fat.jar", jar -> copyHello(jar, "", Map.of(
                "org/koprogo/core/module/boundary/PlatformModule.class", "a copy of core-api")),
                "holds org/koprogo/core/module/boundary/PlatformModule.class, which core-api-");
        assertRefused("clash.jar", jar -> copyHello(jar, "", Map.of("db/changelog/buildings.xml", "<x/>")),
                "holds db/changelog/buildings.xml, which module-buildings-");
        assertRefused("library.jar", jar -> copyHello(jar, "org/koprogo/hello/HelloModule.class", Map.of()),
                "contributes no module");
    }

    private interface JarWriter {
        void write(Path jar) throws IOException;
    }

    /** One refused start per jar: the launcher checks plugins before it starts the database or Payara. */
    private void assertRefused(String name, JarWriter writer, String reason) throws Exception {
        Path modules = Files.createDirectories(work.resolve(name + "-modules"));
        Path jar = modules.resolve(name);
        writer.write(jar);
        RunningPlatform platform = RunningPlatform.startExpectingExit(work.resolve("data"),
                Map.of("KOPROGO_MODULES_DIR", modules.toString()));
        assertEquals(REFUSED, platform.exitCode(), platform::toString);
        String log = platform.log();
        assertTrue(log.contains("KoproGo cannot start: the plugin " + jar + " ") && log.contains(reason), log);
    }

    /** The example plugin without one of its entries (none when blank), with others added. */
    private static void copyHello(Path jar, String left, Map<String, String> added) throws IOException {
        try (ZipFile hello = new ZipFile(HELLO.toFile());
             OutputStream file = Files.newOutputStream(jar);
             ZipOutputStream copy = new ZipOutputStream(file)) {
            for (ZipEntry entry : hello.stream().filter(e -> !e.getName().equals(left)).toList()) {
                copy.putNextEntry(new ZipEntry(entry.getName()));
                hello.getInputStream(entry).transferTo(copy);
            }
            for (Map.Entry<String, String> entry : added.entrySet()) {
                copy.putNextEntry(new ZipEntry(entry.getKey()));
                copy.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * A module named like a built-in one passes the launcher's checks (its name is in its code) and is refused by
     * the platform's module plan, which names both classes and the jars they come from.
     */
    @Test
    void aPluginNamedLikeABuiltInModuleStopsStartup() throws Exception {
        Path modules = Files.createDirectories(work.resolve("modules"));
        Path jar = modules.resolve("impostor.jar");
        writeModuleNamed("buildings", jar);
        RunningPlatform platform = RunningPlatform.startExpectingExit(work.resolve("data"),
                Map.of("KOPROGO_MODULES_DIR", modules.toString()));
        assertEquals(REFUSED, platform.exitCode());
        String log = platform.log();
        assertTrue(log.contains("KoproGo cannot start: two modules are named 'buildings'"), log);
        assertTrue(log.contains("impostor.jar") && log.contains("org.example.impostor.ImpostorModule"), log);
    }

    /** Compiles a module against core-api alone, as a third party would, and packs it with its beans.xml. */
    private void writeModuleNamed(String name, Path jar) throws IOException {
        Path source = Files.createDirectories(work.resolve("src/org/example/impostor")).resolve("ImpostorModule.java");
        Files.writeString(source, """
                package org.example.impostor;

                public class ImpostorModule implements org.koprogo.core.module.boundary.PlatformModule {
                    public String name() {
                        return "%s";
                    }

                    public java.util.Set<Class<?>> resources() {
                        return java.util.Set.of();
                    }
                }
                """.formatted(name));
        Path classes = Files.createDirectories(work.resolve("classes"));
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), source.toString());
        assertEquals(0, compiled, "javac");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("META-INF/beans.xml"));
            // every class a bean: the module class carries no scope annotation, so it needs no CDI API to compile
            zip.write("""
                    <beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="all"/>
                    """.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("org/example/impostor/ImpostorModule.class"));
            zip.write(Files.readAllBytes(classes.resolve("org/example/impostor/ImpostorModule.class")));
        }
    }
}
