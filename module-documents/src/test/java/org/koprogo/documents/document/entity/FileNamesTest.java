package org.koprogo.documents.document.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void onlyTheNameIsKeptWithoutControlCharacters() {
        assertEquals("pv.pdf", FileNames.stored("C:\\Users\\syndic\\pv.pdf"));
        assertEquals("pv.pdf", FileNames.stored("../../etc/pv.pdf"));
        assertEquals("pv 2025.pdf", FileNames.stored(" pv\u0000 2025\u202e.pdf\r\n"));
        assertEquals("Procès-verbal.pdf", FileNames.stored("Procès-verbal.pdf"));
        assertEquals(FileNames.UNNAMED, FileNames.stored(null));
        assertEquals(FileNames.UNNAMED, FileNames.stored("a/.."));
        assertEquals(FileNames.MAX_LENGTH, FileNames.stored("x".repeat(300)).length());
    }
}
