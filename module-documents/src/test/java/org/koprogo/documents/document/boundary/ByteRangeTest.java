package org.koprogo.documents.document.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The 416 of a range past the end needs a JAX-RS runtime: DocumentsIT asserts it on the wire. */
class ByteRangeTest {

    @Test
    void oneRangeIsReadInEachOfItsForms() {
        assertEquals(Optional.of(new ByteRange(10, 19)), ByteRange.of("bytes=10-19", 100));
        assertEquals(Optional.of(new ByteRange(10, 99)), ByteRange.of("bytes=10-", 100));
        assertEquals(Optional.of(new ByteRange(10, 99)), ByteRange.of("bytes=10-500", 100), "clipped to the end");
        assertEquals(Optional.of(new ByteRange(90, 99)), ByteRange.of("bytes=-10", 100));
        assertEquals(Optional.of(new ByteRange(0, 99)), ByteRange.of("bytes=-500", 100));
        assertEquals("bytes 10-19/100", new ByteRange(10, 19).contentRange(100));
        assertEquals(10, new ByteRange(10, 19).length());
    }

    @Test
    void whatIsNotOneReadableRangeGetsTheWhole() {
        assertEquals(Optional.empty(), ByteRange.of(null, 100));
        assertEquals(Optional.empty(), ByteRange.of("bytes=0-1,5-6", 100));
        assertEquals(Optional.empty(), ByteRange.of("bytes=5-3", 100));
        assertEquals(Optional.empty(), ByteRange.of("lines=1-2", 100));
        assertEquals(Optional.empty(), ByteRange.of("bytes=-", 100));
        assertEquals(Optional.empty(), ByteRange.of("bytes=99999999999999999999-", 100));
    }
}
