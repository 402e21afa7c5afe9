package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ShutdownSettingsTest {

    @AfterEach
    void forget() {
        System.clearProperty(ShutdownSettings.GRACE);
        System.clearProperty(ShutdownSettings.DELAY);
    }

    @Test
    void byDefaultTwentySecondsOfGraceAndNoDelay() {
        assertEquals(new ShutdownSettings(Duration.ofSeconds(20), Duration.ZERO), ShutdownSettings.fromEnvironment());
    }

    @Test
    void bothAreSecondsTheOperatorSets() {
        System.setProperty(ShutdownSettings.GRACE, "45");
        System.setProperty(ShutdownSettings.DELAY, "5");
        assertEquals(new ShutdownSettings(Duration.ofSeconds(45), Duration.ofSeconds(5)),
                ShutdownSettings.fromEnvironment());
    }

    @Test
    void aDelayLongerThanTheGraceIsRefused() {
        System.setProperty(ShutdownSettings.GRACE, "3");
        System.setProperty(ShutdownSettings.DELAY, "5");
        assertThrows(IllegalArgumentException.class, ShutdownSettings::fromEnvironment);
    }

    @Test
    void aNegativeGraceIsRefused() {
        System.setProperty(ShutdownSettings.GRACE, "-1");
        assertThrows(IllegalArgumentException.class, ShutdownSettings::fromEnvironment);
    }
}
