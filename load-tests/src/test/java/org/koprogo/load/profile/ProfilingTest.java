package org.koprogo.load.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koprogo.load.result.RunResult;

/** The whole loop on a real JVM, this one: jcmd starts and stops a recording, the kit reads it. */
class ProfilingTest {

    private static volatile double sink;

    @TempDir
    Path directory;

    @Test
    void profilesAJvmThroughJcmd() throws Exception {
        Profiling profiling = Profiling.start(ProcessHandle.current().pid(), directory.resolve("recording.jfr"),
                Duration.ofMinutes(5));
        spin();
        profiling.stop();
        RunResult.Profile profile = profiling.result(directory.resolve("run.jfr"), directory.resolve("run.stacks.txt"));

        assertNull(profile.unavailable());
        assertTrue(profile.samples() > 0);
        assertEquals("run.stacks.txt", profile.stacksFile());
        assertEquals("run.jfr", profile.jfrFile());
        assertFalse(Files.exists(directory.resolve("recording.jfr")));
        CollapsedStacks stacks = CollapsedStacks.parse(Files.readString(directory.resolve("run.stacks.txt")));
        assertEquals(profile.samples(), stacks.total());
        assertEquals(stacks.topFrames(Profiling.TOP_FRAMES), profile.topFrames());
    }

    @Test
    void anUnknownAppHasNoProfileAndSaysWhy() {
        Profiling profiling = Profiling.start(null, directory.resolve("recording.jfr"), Duration.ofMinutes(5));
        profiling.stop();
        RunResult.Profile profile = profiling.result(directory.resolve("run.jfr"), directory.resolve("run.stacks.txt"));

        assertEquals("the app's process is unknown (give --app-pid)", profile.unavailable());
        assertEquals(0, profile.samples());
        assertTrue(profile.topFrames().isEmpty());
    }

    /** jcmd would send it SIGQUIT, which ends a process that is not a JVM: the kit does not try. */
    @Test
    void leavesAProcessThatIsNotAJvmAlone() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        try {
            Profiling profiling = Profiling.start(sleeper.pid(), directory.resolve("recording.jfr"),
                    Duration.ofMinutes(5));
            profiling.stop();
            RunResult.Profile profile = profiling.result(directory.resolve("run.jfr"),
                    directory.resolve("run.stacks.txt"));

            assertEquals("process " + sleeper.pid() + " is not a JVM", profile.unavailable());
            assertTrue(sleeper.isAlive());
        } finally {
            sleeper.destroy();
        }
    }

    private static void spin() {
        double x = 0;
        for (int i = 0; i < 300_000_000; i++) {
            x += Math.sqrt(i);
        }
        sink = x;
    }
}
