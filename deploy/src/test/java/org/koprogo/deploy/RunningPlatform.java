package org.koprogo.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built uberjar run as operators run it: {@code java -jar}, configured by environment variables only,
 * its output kept in a log file next to its data directory.
 */
final class RunningPlatform implements AutoCloseable {

    /** The JVM settings of the README's run command. */
    static final List<String> JVM_OPTIONS = jvmOptions();

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;
    private final int port;

    private RunningPlatform(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts a platform and waits until /health/ready says UP. */
    static RunningPlatform start(Path dataDir, Map<String, String> environment) throws Exception {
        return start(dataDir, environment, List.of());
    }

    /** The same, with command-line arguments for the uberjar. */
    static RunningPlatform start(Path dataDir, Map<String, String> environment, List<String> args) throws Exception {
        RunningPlatform platform = launch(dataDir, environment, args);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!platform.process.isAlive()) {
                throw new IllegalStateException("platform exited with " + platform.process.exitValue() + ":\n"
                        + platform.logTail());
            }
            if (platform.isReady()) {
                return platform;
            }
            Thread.sleep(250);
        }
        platform.close();
        throw new IllegalStateException("platform not ready within " + START_TIMEOUT + ":\n" + platform.logTail());
    }

    /** Starts a platform expected to refuse to start; returns it once its process has ended. */
    static RunningPlatform startExpectingExit(Path dataDir, Map<String, String> environment) throws Exception {
        RunningPlatform platform = launch(dataDir, environment, List.of());
        if (!platform.process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            platform.close();
            throw new IllegalStateException("platform still running after " + START_TIMEOUT + ":\n"
                    + platform.logTail());
        }
        return platform;
    }

    private static RunningPlatform launch(Path dataDir, Map<String, String> environment, List<String> args)
            throws IOException {
        Files.createDirectories(dataDir);
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-jar");
        command.add(uberjar().toString());
        command.addAll(args);
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("KOPROGO_"));
        builder.environment().put("KOPROGO_DATA_DIR", dataDir.toString());
        builder.environment().put("KOPROGO_HTTP_PORT", String.valueOf(port));
        builder.environment().putAll(environment);
        return new RunningPlatform(builder.start(), log, port);
    }

    private static List<String> jvmOptions() {
        try {
            return Files.readAllLines(Path.of(System.getProperty("koprogo.jvm.options", "jvm.options"))).stream()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the JVM options of deploy/run.sh", e);
        }
    }

    /** Closes platforms (and their databases) in the order given, skipping those that never started. */
    static void closeAll(AutoCloseable... started) throws Exception {
        for (AutoCloseable closeable : started) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    static Path uberjar() {
        Path jar = Path.of(System.getProperty("koprogo.uberjar", "target/koprogo-platform.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no uberjar at " + jar.toAbsolutePath() + ": run mvn package first");
        }
        return jar;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private boolean isReady() {
        try {
            HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(uri("/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return ready.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** The JVM's process id, to read what the operating system says of it (its resident memory). */
    long pid() {
        return process.pid();
    }

    int exitCode() {
        return process.exitValue();
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    private String logTail() {
        try {
            String text = log();
            return text.substring(Math.max(0, text.length() - 6000));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** SIGTERM, as an operator or an orchestrator stops it, without waiting for the process to end. */
    void signalStop() {
        process.destroy();
    }

    /** Whether the process has ended within {@code limit}. */
    boolean exitsWithin(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** SIGKILL, as the kernel's OOM killer or a power cut ends it: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM, as an operator or an orchestrator stops it; the platform stops its embedded database. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
