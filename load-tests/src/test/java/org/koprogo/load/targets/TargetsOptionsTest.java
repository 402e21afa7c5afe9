package org.koprogo.load.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TargetsOptionsTest {

    @Test
    void onlyAWithTheIssuesDefaults() {
        TargetsOptions options = TargetsOptions.parse(List.of("--a-jar", "p.jar", "--a-jvm-options",
                " -Xmx128m  -XX:+UseSerialGC "));

        assertEquals(List.of(new Configuration("A", Path.of("p.jar"), List.of("-Xmx128m", "-XX:+UseSerialGC"),
                Map.of(), List.of())), options.configurations());
        assertEquals(18180, options.port());
        assertEquals(Path.of("/tmp/koprogo-targets"), options.dataDir());
        assertEquals(List.of("--seed", "realistic"), options.seedArgs());
        assertEquals(List.of(10, 180, 3, 20, 60, 64), List.of(options.connections(), options.warmupSeconds(),
                options.rounds(), options.roundSeconds(), options.openSeconds(), options.openConnections()));
    }

    @Test
    void anyOptionOfBMakesABWhoseJarDefaultsToAs() {
        TargetsOptions options = TargetsOptions.parse(List.of("--a-jar", "p.jar", "--b-env",
                "KOPROGO_HTTP_THREADS=8 MALLOC_ARENA_MAX=2", "--round-duration", "10s", "--warmup-measure", "1m"));

        Configuration b = options.configurations().get(1);
        assertEquals("B", b.label());
        assertEquals(Path.of("p.jar"), b.jar());
        assertEquals(Map.of("KOPROGO_HTTP_THREADS", "8", "MALLOC_ARENA_MAX", "2"), b.env());
        assertEquals(10, options.roundSeconds());
        assertEquals(60, options.warmupSeconds());
    }

    @Test
    void refusesAMissingJarAWrongEnvironmentAndNonPositiveCounts() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TargetsOptions.parse(List.of()))
                .getMessage().contains("--a-jar"));
        assertThrows(IllegalArgumentException.class, () -> TargetsOptions.parse(List.of("--a-jar", "p.jar",
                "--a-env", "NOVALUE")));
        assertThrows(IllegalArgumentException.class, () -> TargetsOptions.parse(List.of("--a-jar", "p.jar",
                "--rounds", "0")));
        assertThrows(IllegalArgumentException.class, () -> TargetsOptions.parse(List.of("--a-jar", "p.jar",
                "--c-jar", "q.jar")));
    }
}
