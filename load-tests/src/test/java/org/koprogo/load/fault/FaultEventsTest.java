package org.koprogo.load.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.koprogo.load.result.RunResult;

class FaultEventsTest {

    @TempDir
    Path directory;

    @Test
    void readsEventsAsSecondsOfTheMeasuredPhaseLeavingEarlierOnesOut() {
        List<RunResult.Event> events = FaultEvents.parse(List.of("1000 too early", "", "11500 db-down",
                "16250   db-up after 5 s"), 10_000);

        assertEquals(List.of(new RunResult.Event(1.5, "db-down"), new RunResult.Event(6.25, "db-up after 5 s")),
                events);
        assertEquals(6.25, FaultEvents.first(events, FaultEvents.DATABASE_UP).t());
        assertEquals(null, FaultEvents.first(events, "kill"));
    }

    @Test
    void refusesALineThatIsNotATimeAndALabel() {
        assertThrows(IllegalArgumentException.class, () -> FaultEvents.parse(List.of("12345"), 0));
        assertThrows(IllegalArgumentException.class, () -> FaultEvents.parse(List.of("soon db-down"), 0));
    }

    @Test
    void aMissingFileHasNoEvents() throws IOException {
        assertEquals(List.of(), FaultEvents.read(directory.resolve("none.txt"), 0));
    }
}
