package org.koprogo.load.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import jdk.jfr.Recording;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real recording of this JVM, made in the test, read as the kit reads the app's. */
class JfrStacksTest {

    private static final String BUSY_FRAME = JfrStacksTest.class.getName() + ".spin";
    private static final int WANTED_SAMPLES = 5;

    private static volatile double sink;

    @TempDir
    Path directory;

    @Test
    void collapsesTheExecutionSamplesOfARealRecording() throws IOException {
        Path jfr = directory.resolve("busy.jfr");
        try (Recording recording = new Recording()) {
            recording.enable(JfrStacks.EXECUTION_SAMPLE).withPeriod(Duration.ofMillis(10));
            recording.start();
            // spin until the sampler has caught this thread a few times: a count, not a time, ends the loop
            Path soFar = directory.resolve("so-far.jfr");
            do {
                spin();
                recording.dump(soFar);
            } while (samplesIn(JfrStacks.read(soFar), BUSY_FRAME) < WANTED_SAMPLES);
            recording.stop();
            recording.dump(jfr);
        }
        CollapsedStacks stacks = JfrStacks.read(jfr);
        assertTrue(samplesIn(stacks, BUSY_FRAME) >= WANTED_SAMPLES, stacks.text());
        stacks.stacks().keySet().stream().filter(frames -> frames.contains(BUSY_FRAME)).forEach(frames -> {
            assertEquals(BUSY_FRAME, frames.get(frames.size() - 1), "innermost frame last: " + frames);
            assertTrue(frames.indexOf(JfrStacksTest.class.getName() + ".collapsesTheExecutionSamplesOfARealRecording")
                    < frames.indexOf(BUSY_FRAME), "callers before callees: " + frames);
        });
        assertEquals(stacks.stacks(), CollapsedStacks.parse(stacks.text()).stacks());
    }

    private static long samplesIn(CollapsedStacks stacks, String frame) {
        return stacks.stacks().entrySet().stream().filter(stack -> stack.getKey().contains(frame))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private static void spin() {
        double x = 0;
        for (int i = 0; i < 20_000_000; i++) {
            x += Math.sqrt(i);
        }
        sink = x;
    }
}
