package org.koprogo.load.documents;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * A PDF-looking file of a given size generated as it is read, so that a 50 MB upload costs the client a 64 KiB
 * buffer, not 50 MB of heap. The bytes after the PDF header are pseudo-random from the seed: incompressible
 * (nothing flatters the disk or the wire) and distinct per seed (the platform stores equal contents once).
 */
final class GeneratedFile extends InputStream {

    /** The magic bytes the platform checks a declared {@code application/pdf} against. */
    static final byte[] HEADER = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

    private final long size;
    private final SplittableRandom random;
    private long position;

    GeneratedFile(long size, long seed) {
        if (size < HEADER.length) {
            throw new IllegalArgumentException("a file needs at least its " + HEADER.length + "-byte header");
        }
        this.size = size;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (position >= size) {
            return -1;
        }
        int count = (int) Math.min(length, size - position);
        for (int i = 0; i < count; i++, position++) {
            buffer[offset + i] = position < HEADER.length ? HEADER[(int) position] : (byte) random.nextInt();
        }
        return count;
    }

    @Override
    public int available() {
        return (int) Math.min(Integer.MAX_VALUE, size - position);
    }
}
