package org.koprogo.load.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.koprogo.load.profile.CollapsedStacks;
import org.koprogo.load.result.RunResult;

/** A run's collapsed stacks, kept beside its JSON rather than in it (they run to thousands of lines). */
final class Profiles {

    private Profiles() {
    }

    /** The stacks file the run names, read from {@code resultDirectory}; null when there is none to read. */
    static CollapsedStacks stacks(RunResult run, Path resultDirectory) {
        if (run.profile() == null || run.profile().stacksFile() == null) {
            return null;
        }
        // a name, never a path: a result file cannot make the report read elsewhere
        Path file = resultDirectory.resolve(Path.of(run.profile().stacksFile()).getFileName());
        try {
            return CollapsedStacks.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException unreadable) {
            System.err.println("report: no flame graph, " + file + " could not be read: " + unreadable.getMessage());
            return null;
        }
    }
}
