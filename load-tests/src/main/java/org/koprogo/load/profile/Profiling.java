package org.koprogo.load.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.koprogo.load.result.RunResult;

/**
 * The app's CPU profile over the measured phase: a recording started just before it and stopped just after,
 * then read into collapsed stacks and top frames. Profiling never fails a run: what went wrong becomes the
 * profile's {@code unavailable} reason.
 */
public final class Profiling {

    public static final int TOP_FRAMES = 30;

    private final AppRecording recording;
    private String unavailable;
    private Path jfr;

    private Profiling(AppRecording recording, String unavailable) {
        this.recording = recording;
        this.unavailable = unavailable;
    }

    /**
     * Starts recording the app into {@code jfrFile}, for at most {@code longest}; the app must be a JVM of this
     * user.
     */
    public static Profiling start(Long appPid, Path jfrFile, Duration longest) {
        if (appPid == null) {
            return new Profiling(null, "the app's process is unknown (give --app-pid)");
        }
        try {
            Files.createDirectories(jfrFile.toAbsolutePath().getParent());
            return new Profiling(AppRecording.start(appPid, jfrFile, longest), null);
        } catch (IOException refused) {
            return new Profiling(null, refused.getMessage());
        }
    }

    /** Ends the recording; call it once the measured phase is over, whatever way it ended. */
    public void stop() {
        if (recording == null) {
            return;
        }
        try {
            jfr = recording.stop();
        } catch (IOException failed) {
            unavailable = failed.getMessage();
        }
    }

    /**
     * Moves the recording to {@code jfrFile} (its name was not known when it started), reads it and writes its
     * collapsed stacks into {@code stacksFile}.
     */
    public RunResult.Profile result(Path jfrFile, Path stacksFile) {
        if (jfr == null) {
            return unavailable(unavailable == null ? "the recording was not stopped" : unavailable);
        }
        try {
            jfr = Files.move(jfr, jfrFile, StandardCopyOption.REPLACE_EXISTING);
            CollapsedStacks stacks = JfrStacks.read(jfr);
            if (stacks.total() == 0) {
                return unavailable("the recording holds no execution sample (was the app idle?)");
            }
            Files.writeString(stacksFile, stacks.text(), StandardCharsets.UTF_8);
            return new RunResult.Profile(stacks.total(), stacksFile.getFileName().toString(),
                    jfr.getFileName().toString(), null, stacks.topFrames(TOP_FRAMES));
        } catch (IOException unreadable) {
            return unavailable("the recording could not be read: " + unreadable.getMessage());
        }
    }

    private static RunResult.Profile unavailable(String why) {
        return new RunResult.Profile(0, null, null, why, List.of());
    }
}
