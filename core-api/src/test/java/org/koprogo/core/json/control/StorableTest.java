package org.koprogo.core.json.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class StorableTest {

    @Test
    void textWithoutControlCharactersOrLoneSurrogatesIsStorable() {
        assertTrue(Storable.textProblem("Résidence\tGrand-Place\r\n2e étage 🏠 İ").isEmpty());
    }

    @Test
    void nulAndOtherControlCharactersAreNamed() {
        assertEquals("must not contain control characters (found U+0000)",
                Storable.textProblem("a\u0000b").orElseThrow());
        assertTrue(Storable.textProblem("bell\u0007").orElseThrow().contains("U+0007"));
        assertTrue(Storable.textProblem("del\u007f").orElseThrow().contains("U+007F"));
    }

    @Test
    void unpairedSurrogatesAreRefusedWhereverTheyStand() {
        assertTrue(Storable.textProblem("\ud800").orElseThrow().contains("U+D800"));
        assertTrue(Storable.textProblem("x\udc00y").orElseThrow().contains("U+DC00"));
        assertTrue(Storable.textProblem("\ud83c\ud800").orElseThrow().contains("U+D83C"), "high then high");
        assertTrue(Storable.textProblem("\ud83c\udfe0\udfe0").orElseThrow().contains("U+DFE0"), "pair then low");
    }

    @Test
    void datesMustFallWithinTheYearsOneToNineThousandNineHundredNinetyNine() {
        assertTrue(Storable.dateProblem(LocalDate.of(1, 1, 1)).isEmpty());
        assertTrue(Storable.dateProblem(OffsetDateTime.parse("9999-12-31T23:59:59Z")).isEmpty());
        assertTrue(Storable.dateProblem(OffsetDateTime.parse("+300000-01-01T00:00:00Z")).isPresent());
        assertTrue(Storable.dateProblem(LocalDate.of(0, 12, 31)).isPresent());
        assertTrue(Storable.dateProblem(Instant.parse("+10000-01-01T00:00:00Z")).isPresent());
        assertTrue(Storable.dateProblem(Instant.parse("2025-10-30T00:00:00Z")).isEmpty());
    }
}
