package org.koprogo.load.sample;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.koprogo.load.result.RunResult;

/** The machine, the code and the server's JVM settings a run measured, so that runs can be compared fairly. */
public final class EnvironmentProbe {

    private EnvironmentProbe() {
    }

    /** @param appPid the server's process, null when unknown; notes are joined with "; " */
    public static RunResult.Environment describe(Long appPid, List<String> notes) {
        String memory = ProcFiles.field("/proc/meminfo", "MemTotal:");
        return new RunResult.Environment(gitCommit(), hostName(), Runtime.getRuntime().availableProcessors(),
                ProcFiles.field("/proc/cpuinfo", "model name"),
                memory == null ? 0 : Long.parseLong(memory.split("\\s+")[0]) / 1024,
                System.getProperty("java.version"), appPid == null ? null : jvmOptions(appPid),
                notes.isEmpty() ? null : String.join("; ", notes));
    }

    /** The options between the java executable and the main class or -jar, as the process was started. */
    static String jvmOptions(long pid) {
        List<String> command = ProcFiles.commandLine(pid);
        List<String> options = new ArrayList<>();
        for (String argument : command.subList(Math.min(1, command.size()), command.size())) {
            if (!argument.startsWith("-") || argument.equals("-jar")) {
                break;
            }
            options.add(argument);
        }
        return command.isEmpty() ? null : String.join(" ", options);
    }

    /** The commit of the working tree the generator was built in (it lives in load-tests/target). */
    private static String gitCommit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").directory(codeDirectory())
                    .redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.waitFor(5, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The directory holding this jar (or classes), or the working directory when that is unknown. */
    private static File codeDirectory() {
        try {
            File code = new File(EnvironmentProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.isDirectory() ? code : code.getParentFile();
        } catch (URISyntaxException | RuntimeException unknown) {
            return null;
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return System.getenv("HOSTNAME");
        }
    }
}
