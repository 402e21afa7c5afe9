package org.koprogo.load.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NamedOptionsTest {

    @Test
    void readsDurationsInSecondsMinutesAndHours() {
        assertEquals(90, NamedOptions.seconds("90"));
        assertEquals(30, NamedOptions.seconds("30s"));
        assertEquals(300, NamedOptions.seconds("5m"));
        assertEquals(3600, NamedOptions.seconds("1h"));
        assertThrows(NumberFormatException.class, () -> NamedOptions.seconds("soon"));
    }

    @Test
    void takesKnownNamesWithTheirValuesAndRefusesOthers() {
        assertEquals(Map.of("--port", "18180"), NamedOptions.parse(List.of("--port", "18180"), Set.of("--port")));
        assertThrows(IllegalArgumentException.class, () -> NamedOptions.parse(List.of("--pot", "1"),
                Set.of("--port")));
        assertThrows(IllegalArgumentException.class, () -> NamedOptions.parse(List.of("--port"), Set.of("--port")));
    }
}
