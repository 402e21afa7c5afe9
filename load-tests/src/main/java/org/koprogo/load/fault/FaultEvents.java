package org.koprogo.load.fault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.koprogo.load.result.RunResult;

/**
 * The faults a harness injected during a run (load-tests/cluster.sh), one a line: the epoch milliseconds at which
 * it happened, a space, a label ("sigterm :8081", "ready :8081", "kill :8082", "db-down", "db-up"). Read once the
 * run is over, as seconds of its measured phase.
 */
public final class FaultEvents {

    public static final String DATABASE_DOWN = "db-down";
    public static final String DATABASE_UP = "db-up";

    private FaultEvents() {
    }

    /** The events of the file from {@code startEpochMillis} on; a missing file has none. */
    public static List<RunResult.Event> read(Path file, long startEpochMillis) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return parse(Files.readAllLines(file), startEpochMillis);
    }

    /** @throws IllegalArgumentException on a line that is not {@code <epoch millis> <label>} */
    static List<RunResult.Event> parse(List<String> lines, long startEpochMillis) {
        List<RunResult.Event> events = new ArrayList<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] parts = trimmed.split("\\s+", 2);
            if (parts.length < 2) {
                throw new IllegalArgumentException("a fault event needs a time and a label: '" + line + "'");
            }
            long at;
            try {
                at = Long.parseLong(parts[0]);
            } catch (NumberFormatException notMillis) {
                throw new IllegalArgumentException("not epoch milliseconds: '" + line + "'", notMillis);
            }
            if (at >= startEpochMillis) {
                events.add(new RunResult.Event((at - startEpochMillis) / 1000.0, parts[1]));
            }
        }
        return events;
    }

    /** The first event whose label starts with {@code label}, null when none. */
    public static RunResult.Event first(List<RunResult.Event> events, String label) {
        return events.stream().filter(event -> event.label().startsWith(label)).findFirst().orElse(null);
    }
}
