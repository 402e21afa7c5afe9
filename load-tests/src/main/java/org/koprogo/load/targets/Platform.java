package org.koprogo.load.targets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.koprogo.load.http.BaseUrl;
import org.koprogo.load.http.HttpConnection;

/**
 * A platform this command starts and must stop: {@code java <options> -jar <jar> <args>} with its own data dir
 * and port, its embedded PostgreSQL included. PostgreSQL is started through pg_ctl and so is no child of the
 * platform: it is found through its postmaster.pid when the platform leaves it behind.
 */
final class Platform {

    private static final long READY_POLL_MILLIS = 20;
    private static final long READY_TIMEOUT_SECONDS = 600;
    private static final long STOP_TIMEOUT_SECONDS = 60;
    /** The running platform's pid, for targets.sh should this command die before stopping it. */
    private static final String PID_FILE = "platform.pid";

    private final Process process;
    private final Path dataDir;
    private final Path log;
    private final long startNanos;
    /** Stops the platform when this command is interrupted (SIGINT, SIGTERM) or exits before stopping it. */
    private final Thread stopOnExit;

    private Platform(Process process, Path dataDir, Path log, long startNanos) {
        this.process = process;
        this.dataDir = dataDir;
        this.log = log;
        this.startNanos = startNanos;
        this.stopOnExit = new Thread(this::stopQuietly, "stop-platform");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Starts it, its output going to {@code log}; its pid is written to DATA_DIR/platform.pid for targets.sh. */
    static Platform start(Configuration configuration, List<String> extraArgs, Path dataDir, int port, Path log)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(configuration.jvmOptions());
        command.add("-jar");
        command.add(configuration.jar().toString());
        command.addAll(configuration.args());
        command.addAll(extraArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(configuration.env());
        builder.environment().put("KOPROGO_DATA_DIR", dataDir.toString());
        builder.environment().put("KOPROGO_HTTP_PORT", Integer.toString(port));
        long start = System.nanoTime();
        Process process = builder.start();
        Files.writeString(dataDir.resolve(PID_FILE), Long.toString(process.pid()));
        return new Platform(process, dataDir, log, start);
    }

    long pid() {
        return process.pid();
    }

    /**
     * Polls {@code /health/ready} until it answers 200 and returns that moment ({@link System#nanoTime()}).
     *
     * @throws IOException when the platform exits or is not ready in 10 minutes
     */
    long awaitReady(BaseUrl server) throws IOException, InterruptedException {
        long deadline = startNanos + TimeUnit.SECONDS.toNanos(READY_TIMEOUT_SECONDS);
        while (System.nanoTime() - deadline < 0) {
            try (HttpConnection connection = new HttpConnection(server)) {
                if (connection.send("GET", "/health/ready", null, null).status() == 200) {
                    return System.nanoTime();
                }
            }
            if (!process.isAlive()) {
                throw new IOException("the platform exited with " + process.exitValue() + " before it was ready (its log: "
                        + log + ")");
            }
            Thread.sleep(READY_POLL_MILLIS);
        }
        throw new IOException("the platform was not ready after " + READY_TIMEOUT_SECONDS + " s (its log: " + log
                + ")");
    }

    /** Seconds from {@code java} to the moment given. */
    double secondsTo(long nanos) {
        return (nanos - startNanos) / 1e9;
    }

    /** The embedded PostgreSQL's postmaster while it runs (DATA_DIR/postgres/postmaster.pid), else empty. */
    Optional<Long> postmasterPid() {
        return postmasterPid(dataDir);
    }

    /**
     * SIGTERM, which stops the platform and its PostgreSQL in order; SIGKILL after a minute. A PostgreSQL still
     * running after that (a killed platform leaves it) is stopped the same way.
     */
    synchronized void stop() throws InterruptedException {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // called by the hook itself: nothing to remove
        }
        Optional<Long> postmaster = postmasterPid();
        List<ProcessHandle> children = process.descendants().toList();
        terminate(process.toHandle());
        children.forEach(Platform::terminateQuietly);
        postmaster.flatMap(ProcessHandle::of).ifPresent(Platform::terminateQuietly);
        postmasterPid().flatMap(ProcessHandle::of).ifPresent(Platform::terminateQuietly);
        try {
            Files.deleteIfExists(dataDir.resolve(PID_FILE));
        } catch (IOException kept) {
            // targets.sh checks the pid's environment before it signals it: a stale file does no harm
        }
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void terminateQuietly(ProcessHandle handle) {
        try {
            terminate(handle);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void terminate(ProcessHandle handle) throws InterruptedException {
        if (!handle.isAlive()) {
            return;
        }
        handle.destroy();
        try {
            handle.onExit().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException stuck) {
            handle.destroyForcibly();
        }
    }

    /** The pid of the postmaster of DATA_DIR/postgres, if one is running with that data directory. */
    static Optional<Long> postmasterPid(Path dataDir) {
        Path postgres = dataDir.resolve("postgres");
        try {
            List<String> lines = Files.readAllLines(postgres.resolve("postmaster.pid"));
            long pid = Long.parseLong(lines.get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info().commandLine().map(line -> line.contains(postgres.toString()))
                            .orElse(true))
                    .map(ProcessHandle::pid);
        } catch (IOException | RuntimeException none) {
            return Optional.empty();
        }
    }

    /** Deletes a data dir of an earlier session, so that each configuration starts from the same empty one. */
    static void wipe(Path dataDir) throws IOException {
        if (!Files.exists(dataDir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dataDir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
