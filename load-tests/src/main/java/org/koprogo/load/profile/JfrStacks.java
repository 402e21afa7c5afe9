package org.koprogo.load.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/** The execution samples of a Java Flight Recorder file, collapsed by stack. */
public final class JfrStacks {

    static final String EXECUTION_SAMPLE = "jdk.ExecutionSample";
    /**
     * JFR keeps the innermost frames of a deep stack (64 unless the app's JVM says otherwise) and drops the
     * outermost: such stacks hang under this root rather than pose as stacks of their own.
     */
    static final String TRUNCATED_ROOT = "[truncated stack]";

    private JfrStacks() {
    }

    public static CollapsedStacks read(Path jfr) throws IOException {
        CollapsedStacks stacks = new CollapsedStacks();
        try (RecordingFile recording = new RecordingFile(jfr)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (event.getEventType().getName().equals(EXECUTION_SAMPLE) && event.getStackTrace() != null) {
                    stacks.add(outermostFirst(event.getStackTrace()), 1);
                }
            }
        }
        return stacks;
    }

    private static List<String> outermostFirst(RecordedStackTrace trace) {
        List<RecordedFrame> frames = trace.getFrames();
        List<String> names = new ArrayList<>(frames.size() + 1);
        if (trace.isTruncated()) {
            names.add(TRUNCATED_ROOT);
        }
        for (int i = frames.size() - 1; i >= 0; i--) {
            names.add(name(frames.get(i).getMethod()));
        }
        return names;
    }

    /** {@code org.example.Type.method}: lines and signatures would split one method into many frames. */
    private static String name(RecordedMethod method) {
        return method.getType().getName() + "." + method.getName();
    }
}
