package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SeedOptionsTest {

    private static final List<String> KEYS = List.of("KOPROGO_SEED", "KOPROGO_SEED_SCALE", "KOPROGO_SEED_VALUE",
            "KOPROGO_SEED_REPLACE", "KOPROGO_SEED_DELETE");

    @AfterEach
    void forget() {
        KEYS.forEach(System::clearProperty);
    }

    @Test
    void seedOptionsBecomeConfigurationAndTheRestGoesToPayara() {
        List<String> rest = SeedOptions.apply(List.of("--nocluster", "--seed", "realistic", "--seed-scale", "10",
                "--seed-replace", "--seed-value", "7", "--seed-delete", "--nohazelcast"));
        assertEquals(List.of("--nocluster", "--nohazelcast"), rest);
        assertEquals(List.of("realistic", "10", "7", "true", "true"),
                KEYS.stream().map(System::getProperty).toList());
    }

    @Test
    void anOptionWithoutItsValueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SeedOptions.apply(List.of("--seed")));
        assertThrows(IllegalArgumentException.class, () -> SeedOptions.apply(List.of("--seed-scale", "--seed-replace")));
    }
}
