package org.koprogo.deploy.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogFormatTest {

    @Test
    void textUnlessToldJson() {
        assertEquals(LogFormat.TEXT, LogFormat.of(null));
        assertEquals(LogFormat.TEXT, LogFormat.of(" "));
        assertEquals(LogFormat.TEXT, LogFormat.of("text"));
        assertEquals(LogFormat.JSON, LogFormat.of("json"));
        assertEquals(LogFormat.JSON, LogFormat.of(" JSON "));
    }

    @Test
    void anythingElseIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> LogFormat.of("xml"));
        assertTrue(refused.getMessage().contains("KOPROGO_LOG_FORMAT"), refused.getMessage());
    }

    @Test
    void theConfigurationNamesItsHandlerAndQuietsPayarasNoise() {
        String json = ProcessLogging.properties(LogFormat.JSON);
        assertTrue(json.startsWith("handlers=" + JsonLinesHandler.class.getName() + "\n"), json);
        assertTrue(json.contains("\njavax.enterprise.system.security.ssl.level=SEVERE\n"), json);
        assertTrue(ProcessLogging.properties(LogFormat.TEXT).startsWith("handlers=java.util.logging.ConsoleHandler\n"));
    }
}
