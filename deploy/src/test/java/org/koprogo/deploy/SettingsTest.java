package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @AfterEach
    void forget() {
        System.clearProperty(Settings.DB_URL);
        System.clearProperty(Settings.HTTP_HOST);
    }

    @Test
    void onTheEmbeddedDatabaseHttpListensOnLoopbackUnlessTold() {
        assertEquals("127.0.0.1", Settings.fromEnvironment().httpHost());
        System.setProperty(Settings.HTTP_HOST, "0.0.0.0");
        assertEquals("0.0.0.0", Settings.fromEnvironment().httpHost());
    }

    @Test
    void onAnExternalDatabaseHttpListensOnEveryInterfaceUnlessTold() {
        System.setProperty(Settings.DB_URL, "jdbc:postgresql://db:5432/koprogo");
        assertEquals("0.0.0.0", Settings.fromEnvironment().httpHost());
        System.setProperty(Settings.HTTP_HOST, "127.0.0.1");
        assertEquals("127.0.0.1", Settings.fromEnvironment().httpHost());
    }

    @Test
    void anAddressThatIsNoneIsRefused() {
        System.setProperty(Settings.HTTP_HOST, "no such host.invalid");
        assertThrows(IllegalArgumentException.class, Settings::fromEnvironment);
    }
}
