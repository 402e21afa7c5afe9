package org.koprogo.load.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void defaultsAreFourConcurrentFiftyMegabyteTransfersOverThreeRounds() {
        BenchOptions options = BenchOptions.parse(List.of());
        assertEquals("http://localhost:8080", options.baseUrl());
        assertEquals("admin@small.be", options.account().email());
        assertEquals(3, options.rounds());
        assertEquals(4, options.concurrency());
        assertEquals(50_000_000L, options.fileBytes());
        assertNull(options.dbPid());
    }

    @Test
    void optionsOverrideThem() {
        BenchOptions options = BenchOptions.parse(List.of("--base-url", "http://localhost:8093/", "--user",
                "s@x.be:pw:with:colons", "--rounds", "5", "--concurrency", "8", "--size-mb", "2", "--db-pid", "42",
                "--out", "/tmp/r"));
        assertEquals("http://localhost:8093", options.baseUrl());
        assertEquals("pw:with:colons", options.account().password());
        assertEquals(5, options.rounds());
        assertEquals(8, options.concurrency());
        assertEquals(2_000_000L, options.fileBytes());
        assertEquals(42L, options.dbPid());
        assertEquals(Path.of("/tmp/r"), options.out());
    }

    @Test
    void aWrongCommandLineIsRefusedWithItsReason() {
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of("--duration", "30s")));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of("--rounds")));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of("--rounds", "0")));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of("--size-mb", "big")));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of("--user", "a@b:c,d@e:f")));
    }
}
