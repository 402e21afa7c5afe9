package org.koprogo.deploy.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** deploy/container/Containerfile read as an engine would read it; no container engine runs here. */
class ContainerfileTest {

    private final Containerfile containerfile = Containerfile.shipped();

    @Test
    void itRunsOnAJava17RuntimeAsAnUnprivilegedUser() {
        assertTrue(containerfile.last("FROM").orElseThrow().matches("eclipse-temurin:17[^ ]*-jre[^ ]*"),
                "a Temurin JRE 17 base: " + containerfile.last("FROM"));
        String user = containerfile.last("USER").orElseThrow().split(":")[0];
        assertFalse(user.equals("root") || user.equals("0"), "USER " + user);
    }

    @Test
    void everyFileItCopiesFromTheRepositoryExistsAndTheJarIsTheOneTheBuildMakes() {
        List<String> sources = containerfile.all("COPY").stream().map(arguments -> arguments.split("\\s+")[0]).toList();
        assertTrue(sources.contains("deploy/jvm.options"), "COPY sources " + sources);
        for (String source : sources) {
            if (source.startsWith("deploy/target/")) {
                // the build's output, absent before `mvn package`: PackagedArtifactsIT checks it after
                assertEquals("deploy/target/koprogo-platform.jar", source);
            } else {
                assertTrue(Files.exists(Repository.ROOT.resolve(source)), "COPY source " + source);
            }
        }
    }

    @Test
    void itListensOnEveryInterfaceOnThePortItExposesAndKeepsItsDataInAVolume() {
        String environment = String.join(" ", containerfile.all("ENV"));
        assertTrue(environment.contains("KOPROGO_HTTP_HOST=0.0.0.0"), environment);
        Matcher port = Pattern.compile("KOPROGO_HTTP_PORT=(\\d+)").matcher(environment);
        assertTrue(port.find(), environment);
        assertEquals(port.group(1), containerfile.last("EXPOSE").orElseThrow());
        Matcher data = Pattern.compile("KOPROGO_DATA_DIR=(\\S+)").matcher(environment);
        assertTrue(data.find(), environment);
        assertTrue(containerfile.last("VOLUME").orElseThrow().contains('"' + data.group(1) + '"'),
                "VOLUME " + containerfile.last("VOLUME"));
    }

    @Test
    void theJvmRunsWithTheSettingsOfJvmOptionsReadAsAnArgumentFile() throws Exception {
        String entrypoint = containerfile.last("ENTRYPOINT").orElseThrow();
        String options = containerfile.destinationOf("deploy/jvm.options");
        assertTrue(entrypoint.contains("@" + options), entrypoint);
        assertTrue(entrypoint.contains("-jar " + containerfile.destinationOf("deploy/target/koprogo-platform.jar")),
                entrypoint);

        // java reads the file as the image's entry point gives it, comments and all
        Process java = new ProcessBuilder(javaCommand(), "@" + Repository.DEPLOY.resolve("jvm.options"),
                "-XX:+PrintFlagsFinal", "-version").redirectErrorStream(true).start();
        String flags = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, java.waitFor(), flags);
        Matcher maxHeap = Pattern.compile("MaxHeapSize\\s+=\\s+(\\d+)").matcher(flags);
        assertTrue(maxHeap.find(), flags);
        assertEquals(JvmOptions.maxHeapBytes(), Long.parseLong(maxHeap.group(1)));
    }

    @Test
    void theHealthCheckPassesOnlyWhileThePlatformAnswersReady() throws Exception {
        String healthcheck = containerfile.last("HEALTHCHECK").orElseThrow();
        assertTrue(healthcheck.contains("/health/ready"), healthcheck);

        HttpServer platform = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger status = new AtomicInteger(200);
        platform.createContext("/health/ready", exchange -> {
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        platform.start();
        try {
            int port = platform.getAddress().getPort();
            assertEquals(0, runHealthCheck(healthcheck, port), "ready");
            status.set(503);
            assertNotEquals(0, runHealthCheck(healthcheck, port), "not ready");
        } finally {
            platform.stop(0);
        }
        assertNotEquals(0, runHealthCheck(healthcheck, FreePort.pick()), "nothing listening");
    }

    /** Runs the HEALTHCHECK's exec-form command as the engine would, with the image's KOPROGO_HTTP_PORT. */
    private static int runHealthCheck(String healthcheck, int port) throws IOException, InterruptedException {
        String json = healthcheck.substring(healthcheck.indexOf("CMD") + 3).strip();
        List<String> command = Json.createReader(new StringReader(json)).readArray()
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        ProcessBuilder check = new ProcessBuilder(command).redirectErrorStream(true);
        check.environment().put("KOPROGO_HTTP_PORT", Integer.toString(port));
        Process process = check.start();
        process.getInputStream().transferTo(OutputStream.nullOutputStream());
        assertTrue(process.waitFor(10, TimeUnit.SECONDS), "the health check ends");
        return process.exitValue();
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
