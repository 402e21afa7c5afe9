package org.koprogo.load.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class GeneratedFileTest {

    @Test
    void givesExactlyItsSizeStartingWithThePdfMagicBytes() throws IOException {
        byte[] bytes = new GeneratedFile(100_003, 7).readAllBytes();
        assertEquals(100_003, bytes.length);
        assertArrayEquals(GeneratedFile.HEADER, Arrays.copyOf(bytes, GeneratedFile.HEADER.length));
    }

    @Test
    void theSameSeedGivesTheSameBytesWhateverTheReadsAndAnotherSeedOthers() throws IOException {
        byte[] whole = new GeneratedFile(10_000, 42).readAllBytes();
        assertArrayEquals(whole, readInSteps(new GeneratedFile(10_000, 42), 7));
        assertArrayEquals(whole, readInSteps(new GeneratedFile(10_000, 42), 1));
        byte[] other = new GeneratedFile(10_000, 43).readAllBytes();
        assertFalse(Arrays.equals(whole, other), "another seed, another content: stored apart");
    }

    @Test
    void endsWithMinusOneAndRefusesASizeShorterThanItsHeader() {
        GeneratedFile file = new GeneratedFile(GeneratedFile.HEADER.length, 1);
        assertEquals(GeneratedFile.HEADER.length, file.read(new byte[64], 0, 64));
        assertEquals(-1, file.read());
        assertEquals(-1, file.read(new byte[8], 0, 8));
        assertThrows(IllegalArgumentException.class, () -> new GeneratedFile(3, 1));
    }

    private static byte[] readInSteps(InputStream in, int step) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[step];
        for (int read; (read = step == 1 ? single(in, buffer) : in.read(buffer, 0, step)) >= 0; ) {
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static int single(InputStream in, byte[] buffer) throws IOException {
        int value = in.read();
        if (value < 0) {
            return -1;
        }
        buffer[0] = (byte) value;
        return 1;
    }
}
