package org.koprogo.core.cors.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class CorsPolicyTest {

    private final CorsPolicy policy = CorsPolicy.of(" http://localhost:3000, https://App.Example.be/ ,");

    @Test
    void emptyConfigurationTurnsCorsOff() {
        assertFalse(CorsPolicy.of("").isOn());
        assertFalse(CorsPolicy.of(" , ").isOn());
        assertTrue(policy.isOn());
    }

    @Test
    void listedOriginsAreAdmittedAsTheBrowserSentThem() {
        assertEquals(Optional.of("http://localhost:3000"), policy.admitted("http://localhost:3000"));
        assertEquals(Optional.of("https://app.example.be"), policy.admitted("https://app.example.be"));
        assertEquals(Optional.of("HTTPS://APP.EXAMPLE.BE"), policy.admitted("HTTPS://APP.EXAMPLE.BE"));
    }

    @Test
    void otherOriginsAreNot() {
        assertEquals(Optional.empty(), policy.admitted("http://localhost:3001"));
        assertEquals(Optional.empty(), policy.admitted("https://localhost:3000"));
        assertEquals(Optional.empty(), policy.admitted("http://evil.example.be"));
        assertEquals(Optional.empty(), policy.admitted("null"));
        assertEquals(Optional.empty(), policy.admitted(null));
        assertEquals(Optional.empty(), policy.admitted(""));
    }

    @Test
    void aStarAdmitsEveryOrigin() {
        assertEquals(Optional.of("http://anywhere.example"), CorsPolicy.of("*").admitted("http://anywhere.example"));
    }
}
