package org.koprogo.load.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Java Flight Recorder recording in the app's JVM, started and stopped through {@code jcmd}: every JDK has
 * both, so profiling the app needs no agent in it and no change to how it was started. The {@code profile}
 * settings sample running threads every 10 ms. The recording also ends by itself after the longest the run
 * may take, should the kit be killed before it stops it.
 */
final class AppRecording {

    static final String NAME = "koprogo-load";
    /**
     * Payara's request stacks run deeper than JFR's default 64 frames, which would cut off their outer frames;
     * the depth can only be set before the app's first recording, so a later run keeps what the first one set.
     */
    static final int STACK_DEPTH = 256;
    private static final long JCMD_SECONDS = 60;

    private final String jcmd;
    private final long pid;
    private final Path file;

    private AppRecording(String jcmd, long pid, Path file) {
        this.jcmd = jcmd;
        this.pid = pid;
        this.file = file;
    }

    /** @throws IOException saying why the recording could not start (not a JVM, no jcmd, attach refused, …) */
    static AppRecording start(long pid, Path file, Duration longest) throws IOException {
        requireJvm(pid);
        AppRecording recording = new AppRecording(jcmdOf(pid), pid, file.toAbsolutePath());
        Files.deleteIfExists(recording.file);
        recording.jcmd("JFR.configure", "stackdepth=" + STACK_DEPTH);
        String answer = recording.jcmd("JFR.start", "name=" + NAME, "settings=profile",
                "duration=" + longest.toSeconds() + "s", "filename=" + recording.file);
        if (!answer.contains("Started recording")) {
            throw new IOException("jcmd " + pid + " JFR.start answered: " + answer.strip());
        }
        return recording;
    }

    /** Stops the recording, which writes its file; @throws IOException when no file came of it */
    Path stop() throws IOException {
        String answer = jcmd("JFR.stop", "name=" + NAME);
        if (!Files.isRegularFile(file) || Files.size(file) == 0) {
            throw new IOException("jcmd " + pid + " JFR.stop wrote no " + file + ": " + answer.strip());
        }
        return file;
    }

    private String jcmd(String... command) throws IOException {
        List<String> line = new ArrayList<>(List.of(jcmd, Long.toString(pid)));
        line.addAll(List.of(command));
        Process process;
        try {
            process = new ProcessBuilder(line).redirectErrorStream(true).start();
        } catch (IOException missing) {
            throw new IOException("cannot run " + jcmd + ": " + missing.getMessage(), missing);
        }
        try {
            String answer = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(JCMD_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(jcmd + " did not answer within " + JCMD_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                // its first lines say why; the rest is jcmd's own stack trace
                throw new IOException(String.join(" ", line) + " failed (" + process.exitValue() + "): "
                        + answer.strip().lines().limit(2).collect(Collectors.joining(" ")));
            }
            return answer;
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for jcmd", interrupted);
        }
    }

    /**
     * jcmd asks a process to open its attach socket with SIGQUIT, which ends a process that is not a JVM: a wrong
     * --app-pid (or a proxy owning the port) must not be killed by a profile. A JVM has libjvm mapped.
     */
    private static void requireJvm(long pid) throws IOException {
        Path maps = Path.of("/proc", Long.toString(pid), "maps");
        boolean jvm;
        try (Stream<String> mapped = Files.lines(maps)) {
            jvm = mapped.anyMatch(line -> line.endsWith("/libjvm.so"));
        } catch (IOException | UncheckedIOException unreadable) {
            throw new IOException("cannot tell whether process " + pid + " is a JVM (" + maps + " unreadable)",
                    unreadable);
        }
        if (!jvm) {
            throw new IOException("process " + pid + " is not a JVM");
        }
    }

    /** The jcmd beside the app's own java (its JDK attaches best), else ours, else the one on the PATH. */
    private static String jcmdOf(long pid) {
        List<Path> candidates = new ArrayList<>();
        ProcessHandle.of(pid).flatMap(app -> app.info().command())
                .map(java -> Path.of(java).resolveSibling("jcmd")).ifPresent(candidates::add);
        candidates.add(Path.of(System.getProperty("java.home"), "bin", "jcmd"));
        return candidates.stream().filter(Files::isExecutable).findFirst().map(Path::toString).orElse("jcmd");
    }
}
