package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * A client generated from the served {@code /openapi} (openapi-generator, its {@code java} generator on Java's own
 * HttpClient) compiles and, driven by a hand-written walk (test resource {@code generated-client/ClientWalk.java}),
 * signs in and records a building, a unit, an owner, a share and an expense, then reads them back. Everything
 * generated goes under {@code target/generated-client}.
 */
@ExtendWith(SharedPlatform.class)
class GeneratedClientIT {

    private static final String WALK = "org.koprogo.client.walk.ClientWalk";

    @Test
    @SuppressWarnings("unchecked")
    void aClientGeneratedFromTheDocumentTalksToThePlatform(RunningPlatform platform) throws Exception {
        Path dir = Path.of(System.getProperty("koprogo.it.dir", "target"), "generated-client");
        deleteRecursively(dir);
        Path sources = dir.resolve("sources");
        Path spec = dir.resolve("openapi.json");
        HttpResponse<String> document = Http.send(HttpRequest.newBuilder(platform.uri("/openapi"))
                .header("Accept", "application/json"));
        assertEquals(200, document.statusCode(), document.body());
        Files.createDirectories(dir);
        Files.writeString(spec, document.body());

        new DefaultGenerator().opts(new CodegenConfigurator()
                .setGeneratorName("java").setLibrary("native")
                .setInputSpec(spec.toString()).setOutputDir(sources.toString())
                .setInvokerPackage("org.koprogo.client").setApiPackage("org.koprogo.client.api")
                .setModelPackage("org.koprogo.client.model")
                .addAdditionalProperty("useJakartaEe", true)
                .addAdditionalProperty("openApiNullable", false)
                .addAdditionalProperty("hideGenerationTimestamp", true)
                .addGlobalProperty("apiTests", "false").addGlobalProperty("modelTests", "false")
                .addGlobalProperty("apiDocs", "false").addGlobalProperty("modelDocs", "false")
                .toClientOptInput()).generate();

        Path java = sources.resolve("src/main/java");
        Path walk = java.resolve(WALK.replace('.', '/') + ".java");
        Files.createDirectories(walk.getParent());
        try (InputStream in = getClass().getResourceAsStream("/generated-client/ClientWalk.java")) {
            Files.copy(in, walk);
        }
        Path classes = dir.resolve("classes");
        compile(java, classes);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Consumer<String> client = (Consumer<String>) loader.loadClass(WALK).getConstructor().newInstance();
            client.accept(platform.uri("").toString());
        }
    }

    /** javac over every generated source and the walk, on this test's class path (Jackson, JUnit). */
    private static void compile(Path java, Path classes) throws IOException {
        Files.createDirectories(classes);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(java)) {
            files = walk.filter(path -> path.toString().endsWith(".java")).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, null, null)) {
            boolean compiled = javac.getTask(null, fileManager, diagnostics,
                    List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                            "--release", "17", "-proc:none", "-nowarn"),
                    null, fileManager.getJavaFileObjectsFromPaths(files)).call();
            assertTrue(compiled, () -> "the generated client does not compile:\n" + diagnostics.getDiagnostics());
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
