package org.koprogo.seed.world.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SeedPasswordsTest {

    @Test
    void hashesEachDistinctPasswordOnceAndTellsItBackFromItsHash() {
        List<String> hashed = new ArrayList<>();
        SeedPasswords passwords = new SeedPasswords(password -> {
            hashed.add(password);
            return "hash " + hashed.size();
        });
        assertEquals("hash 1", passwords.apply("admin123"));
        assertEquals("hash 2", passwords.apply("owner123"));
        assertEquals("hash 1", passwords.apply("admin123"));
        assertEquals(List.of("admin123", "owner123"), hashed);
        assertEquals("owner123", passwords.password("hash 2"));
        assertThrows(IllegalArgumentException.class, () -> passwords.password("hash 3"));
    }
}
