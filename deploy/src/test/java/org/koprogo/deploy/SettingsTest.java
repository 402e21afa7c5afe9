package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @AfterEach
    void forget() {
        System.clearProperty(Settings.DB_URL);
        System.clearProperty(Settings.HTTP_HOST);
        System.clearProperty(Settings.MODULES_DIR);
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

    @Test
    void aBlankModulesDirectoryIsNone() {
        System.setProperty(Settings.MODULES_DIR, " ");
        assertNull(Settings.fromEnvironment().modulesDir());
        System.setProperty(Settings.MODULES_DIR, "/srv/koprogo/modules");
        assertEquals(Path.of("/srv/koprogo/modules"), Settings.fromEnvironment().modulesDir());
    }
}
