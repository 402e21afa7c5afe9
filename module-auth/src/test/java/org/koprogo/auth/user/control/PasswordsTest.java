package org.koprogo.auth.user.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordsTest {

    private static final String TOO_SHORT = "must have at least 8 characters";
    private static final String TOO_LONG = "must fit in 72 bytes of UTF-8 (bcrypt reads no more)";

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "correct horse battery staple", "éééééééé", "🏠🏠🏠🏠🏠🏠🏠🏠"})
    void eightCharactersOrMoreWithinSeventyTwoBytesAreAccepted(String password) {
        assertNull(Passwords.weakness(password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567", "short", "🏠🏠🏠"})
    void fewerThanEightCharactersAreRefused(String password) {
        assertEquals(TOO_SHORT, Passwords.weakness(password));
    }

    @Test
    void seventyTwoBytesAreTheMostAndCountAsUtf8() {
        assertNull(Passwords.weakness("a".repeat(72)));
        assertEquals(TOO_LONG, Passwords.weakness("a".repeat(73)));
        // 36 characters of two bytes each fit; one more does not, though 37 characters are few
        String twoByteChars = "é".repeat(36);
        assertEquals(72, twoByteChars.getBytes(StandardCharsets.UTF_8).length);
        assertNull(Passwords.weakness(twoByteChars));
        assertEquals(TOO_LONG, Passwords.weakness(twoByteChars + "é"));
        assertEquals(TOO_LONG, Passwords.weakness("🏠".repeat(19)));
    }

    @Test
    void aHashIsKoproGosBcryptFormatAtCostTenAndMatchesOnlyItsPassword() {
        Passwords passwords = new Passwords();
        String hash = passwords.hash("correct horse");
        assertTrue(hash.startsWith("$2b$10$"), hash);
        assertTrue(passwords.matches("correct horse", hash));
        assertFalse(passwords.matches("correct horsE", hash));
        assertNotEquals(hash, passwords.hash("correct horse"), "each hash has its own salt");
    }
}
